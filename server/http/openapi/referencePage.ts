// The readable reference page: the OpenAPI description written as Markdown and rendered by markdown-it
// (raw HTML off, so every name and schema is escaped), in the request's language. No script, nothing
// loaded from elsewhere.
import MarkdownIt from 'markdown-it';
import { translateLabel, type Language } from '../../i18n';

type Json = Record<string, unknown>;

const markdown = new MarkdownIt({ html: false, linkify: false });

const fenced = (value: unknown): string => ['```json', JSON.stringify(value, null, 2), '```'].join('\n');

function operationMarkdown(method: string, path: string, operation: Json, label: (key: string) => string): string {
  const lines = [`### \`${method.toUpperCase()} ${path}\``, ''];
  lines.push(Array.isArray(operation.security) && operation.security.length === 0 ? label('public') : label('signedIn'), '');
  const parameters = (operation.parameters ?? []) as Json[];
  if (parameters.length > 0) {
    lines.push(`**${label('parameters')}**`, '');
    for (const parameter of parameters) {
      lines.push(`- \`${String(parameter.name)}\` (${String(parameter.in)}, ${label(parameter.required ? 'required' : 'optional')}): \`${JSON.stringify(parameter.schema)}\``);
    }
    lines.push('');
  }
  const body = (operation.requestBody as Json | undefined)?.content as Record<string, Json> | undefined;
  if (body) lines.push(`**${label('body')}**`, '', fenced(body['application/json']?.schema), '');
  return lines.join('\n');
}

export function referencePage(document: Json, lang: Language): string {
  const label = (key: string) => translateLabel(`reference.${key}`, lang);
  const parts = [`# ${label('title')}`, '', `${label('intro')} \`GET /api/openapi.json\``, ''];
  for (const [path, operations] of Object.entries(document.paths as Record<string, Record<string, Json>>)) {
    for (const [method, operation] of Object.entries(operations)) parts.push(operationMarkdown(method, path, operation, label));
  }
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${markdown.renderInline(label('title'))}</title></head>
<body>
${markdown.render(parts.join('\n'))}
</body>
</html>
`;
}
