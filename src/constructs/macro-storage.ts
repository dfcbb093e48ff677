import { escapeXmlAttribute, escapeXmlText } from '../formats/storage/xml-escape.js';

/** Writes an `ac:structured-macro` with parameters (sorted, so output is deterministic) and an optional body. */
export function structuredMacro(name: string, params: Readonly<Record<string, string>>, body?: { rich?: string; plain?: string }): string {
  let out = `<ac:structured-macro ac:name="${escapeXmlAttribute(name)}" ac:schema-version="1">`;
  for (const key of Object.keys(params).sort()) {
    out += `<ac:parameter ac:name="${escapeXmlAttribute(key)}">${escapeXmlText(params[key] ?? '')}</ac:parameter>`;
  }
  if (body?.rich !== undefined) out += `<ac:rich-text-body>${body.rich}</ac:rich-text-body>`;
  if (body?.plain !== undefined) out += `<ac:plain-text-body><![CDATA[${body.plain.replace(/]]>/g, ']]]]><![CDATA[>')}]]></ac:plain-text-body>`;
  return `${out}</ac:structured-macro>`;
}
