import { describe, expect, it } from 'vitest';
import { CLDR_CONNECTORS, CLDR_DATA_ICU, CLDR_MONTHS } from '../../../src/minutes/anylang/cldr-data.js';
import { collectCldrMonths } from '../../../src/minutes/anylang/cldr-months.js';
import { WEEKDAY_NAMES, CLDR_DATA_ICU as WEEKDAY_ICU } from '../../../src/minutes/actions/weekday-data.js';
import { collectWeekdays } from '../../../src/minutes/actions/owners.js';

/** The CLDR tables written by scripts/cldr-data.ts are what the runtime's ICU says, when it is the ICU they were read from. */
const sameIcu = process.versions.icu === CLDR_DATA_ICU && process.versions.icu === WEEKDAY_ICU;
if (!sameIcu) console.warn(`cldr-data: written from ICU ${CLDR_DATA_ICU}, this runtime has ${process.versions.icu}; run \`node --import tsx scripts/cldr-data.ts\` to compare`);

describe.skipIf(!sameIcu)('the CLDR tables written once', () => {
  it('hold the month spellings and date connectors the runtime gives, in its order', () => {
    const live = collectCldrMonths();
    expect(CLDR_MONTHS).toEqual([...live.months]);
    expect(CLDR_CONNECTORS).toEqual(live.connectors);
  });

  it('hold the weekday names the runtime gives', () => {
    expect(WEEKDAY_NAMES).toEqual(collectWeekdays());
  });
});
