/**
 * The template language, pure: a body is parsed against the fields its template declares (an unknown field is
 * refused when the office saves, not when a form is printed), then filled with a case's values into blocks
 * (title, paragraphs, table rows) that templates.docx.ts lays out. See services-templates.ts for the syntax.
 */
import type { TemplateField } from '@shared/contracts/services-templates';

export type TemplateValue = string | number | null | undefined | TemplateValues[];
export type TemplateValues = { [name: string]: TemplateValue };

type Node = { t: 'text'; s: string } | { t: 'var'; name: string; line: number } | { t: 'block'; name: string; line: number; children: Node[] };

export type TemplateProblem = 'unknown' | 'unclosed' | 'mismatch' | 'stray' | 'malformed' | 'notList' | 'isList';

/** Why a body cannot be used, with the field and the line (from 1) it concerns. */
export class TemplateError extends Error {
  constructor(
    readonly problem: TemplateProblem,
    readonly field: string,
    readonly line: number,
  ) {
    super(`${problem} ${field} at line ${line}`);
  }
}

/** The item number (序号) every list block may use besides its items' own fields. */
export const ITEM_NUMBER = 'no';
const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
const TAG_ALONE = /^\s*\{\{\s*[#/][^{}]*\}\}\s*$/;

type Token = { kind: 'text'; s: string } | { kind: 'tag'; raw: string; line: number };

/** Tokens line by line; a block tag alone on its line takes the line with it, so blocks add no empty paragraphs. */
function tokenize(body: string): Token[] {
  const out: Token[] = [];
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  lines.forEach((text, i) => {
    const line = i + 1;
    if (TAG_ALONE.test(text)) {
      out.push({ kind: 'tag', raw: text.trim().slice(2, -2), line });
      return;
    }
    let at = 0;
    while (at < text.length) {
      const open = text.indexOf('{{', at);
      if (open < 0) break;
      const close = text.indexOf('}}', open + 2);
      if (close < 0) throw new TemplateError('malformed', text.slice(open, open + 20), line);
      if (open > at) out.push({ kind: 'text', s: text.slice(at, open) });
      out.push({ kind: 'tag', raw: text.slice(open + 2, close), line });
      at = close + 2;
    }
    if (at < text.length) out.push({ kind: 'text', s: text.slice(at) });
    if (i < lines.length - 1) out.push({ kind: 'text', s: '\n' });
  });
  return out;
}

/** Fields in reach at one level: a list's item fields and its number first, then those outside it. */
type Scope = Array<Map<string, TemplateField>>;
const lookup = (scope: Scope, name: string) => scope.map((m) => m.get(name)).find(Boolean);
const levelOf = (fields: TemplateField[], inList: boolean) =>
  new Map<string, TemplateField>([
    ...(inList ? [[ITEM_NUMBER, { name: ITEM_NUMBER, zh: '序号', en: 'No.' }] as const] : []),
    ...fields.map((f) => [f.name, f] as const),
  ]);

/** The body as a tree, checked against the fields; throws a TemplateError naming the first problem. */
export function parseTemplate(body: string, fields: TemplateField[]): Node[] {
  const root: Node[] = [];
  const stack: Array<{ name: string; line: number; children: Node[]; scope: Scope }> = [{ name: '', line: 0, children: root, scope: [levelOf(fields, false)] }];
  for (const tok of tokenize(body)) {
    const top = stack[stack.length - 1];
    if (tok.kind === 'text') {
      top.children.push({ t: 'text', s: tok.s });
      continue;
    }
    const raw = tok.raw.trim();
    const sigil = raw[0] === '#' || raw[0] === '/' ? raw[0] : '';
    const name = raw.slice(sigil.length).trim();
    if (!NAME.test(name)) throw new TemplateError('malformed', `{{${tok.raw}}}`, tok.line);
    if (sigil === '/') {
      if (stack.length === 1) throw new TemplateError('stray', name, tok.line);
      if (top.name !== name) throw new TemplateError('mismatch', top.name, tok.line);
      stack.pop();
      continue;
    }
    const field = lookup(top.scope, name);
    if (!field) throw new TemplateError('unknown', name, tok.line);
    if (sigil === '#') {
      if (!field.item) throw new TemplateError('notList', name, tok.line);
      const node: Node = { t: 'block', name, line: tok.line, children: [] };
      top.children.push(node);
      stack.push({ name, line: tok.line, children: node.children, scope: [levelOf(field.item, true), ...top.scope] });
    } else {
      if (field.item) throw new TemplateError('isList', name, tok.line);
      top.children.push({ t: 'var', name, line: tok.line });
    }
  }
  if (stack.length > 1) {
    const open = stack[stack.length - 1];
    throw new TemplateError('unclosed', open.name, open.line);
  }
  return root;
}

// A value's text is marked so that what a user typed (a `|`, a line break, a leading `# `) never reads as markup.
const PIPE = '\uE000';
const BREAK = '\uE001';
const GUARD = '\uE002';
const asText = (v: TemplateValue) => (v == null || Array.isArray(v) ? '' : String(v));
const guarded = (s: string) => GUARD + s.replace(/\r?\n/g, BREAK).replace(/\|/g, PIPE);
const unguard = (s: string) =>
  s
    .replace(/\uE002/g, '')
    .replace(/\uE001/g, '\n')
    .replace(/\uE000/g, '|');

function expand(nodes: Node[], scopes: TemplateValues[]): string {
  let out = '';
  for (const n of nodes) {
    if (n.t === 'text') out += n.s;
    else if (n.t === 'var') out += guarded(asText(scopes.find((s) => n.name in s)?.[n.name]));
    else {
      const items = scopes.find((s) => n.name in s)?.[n.name];
      (Array.isArray(items) ? items : []).forEach((item, i) => {
        out += expand(n.children, [{ ...item, [ITEM_NUMBER]: i + 1 }, ...scopes]);
      });
    }
  }
  return out;
}

export type RenderedBlock = { kind: 'title' | 'para' | 'right' | 'flush' | 'blank'; text: string } | { kind: 'table'; rows: string[][] };

/** A filled-in body as blocks: each line a paragraph by its mark, consecutive table rows one table. */
export function renderBlocks(body: string, fields: TemplateField[], values: TemplateValues): RenderedBlock[] {
  // A block closing on the last line leaves the line break before it; a document ends with its last line.
  const text = expand(parseTemplate(body, fields), [values]).replace(/\n+$/, '');
  const blocks: RenderedBlock[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed.startsWith('|')) {
      const cells = trimmed
        .replace(/^\|/, '')
        .replace(/\|$/, '')
        .split('|')
        .map((c) => unguard(c.trim()));
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'table') last.rows.push(cells);
      else blocks.push({ kind: 'table', rows: [cells] });
    } else if (!unguard(trimmed)) blocks.push({ kind: 'blank', text: '' });
    else if (trimmed.startsWith('# ')) blocks.push({ kind: 'title', text: unguard(trimmed.slice(2).trim()) });
    else if (trimmed.startsWith('> ')) blocks.push({ kind: 'right', text: unguard(trimmed.slice(2).trim()) });
    else if (trimmed.startsWith('= ')) blocks.push({ kind: 'flush', text: unguard(trimmed.slice(2).trim()) });
    else blocks.push({ kind: 'para', text: unguard(trimmed) });
  }
  return blocks;
}
