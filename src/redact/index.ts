// redact/: secret masking in the hub, before any writer; rules built in and from a rules file. Imports hub/.
export { redactHub, type HubRedaction } from './redact-hub.js';
export { redactText, type TextRedaction } from './redact-text.js';
export { redactionRules, findSecrets } from './redaction-rules.js';
export { parseRedactionRules, RedactionRulesFileSchema, type RedactionRulesFile } from './redaction-rules-file.js';
export { loadRedactionRules } from './load-redaction-rules.js';
export { redactionFingerprint } from './redaction-fingerprint.js';
export type { RedactionRule, SecretSpan } from './redaction-rule.js';
