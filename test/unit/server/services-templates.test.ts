import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { TemplateField } from '../../../src/shared/contracts/services-templates';
import { TEMPLATE_DEFAULTS } from '../../../src/server/modules/services/templates/templates.defaults';
import { packBlocks } from '../../../src/server/modules/services/templates/templates.docx';
import { parseTemplate, renderBlocks, TemplateError } from '../../../src/server/modules/services/templates/templates.render';
import { sampleValues } from '../../../src/server/modules/services/templates/templates.samples';
import { letterDate } from '../../../src/server/modules/services/templates/templates.forms';

const FIELDS: TemplateField[] = [
  { name: 'who', zh: '申请人', en: 'Applicant' },
  {
    name: 'items',
    zh: '材料',
    en: 'Items',
    item: [
      { name: 'name', zh: '名称', en: 'Name' },
      { name: 'parts', zh: '部分', en: 'Parts', item: [{ name: 'p', zh: '页', en: 'Page' }] },
    ],
  },
];

const problem = (body: string) => {
  try {
    parseTemplate(body, FIELDS);
  } catch (err) {
    if (err instanceof TemplateError) return [err.problem, err.field, err.line];
    throw err;
  }
  return null;
};

describe('template parser', () => {
  it('accepts known fields, list blocks, nested blocks and outer fields inside a block', () => {
    expect(problem('# 标题\n{{who}}\n{{#items}}\n{{no}}. {{name}} {{who}} {{#parts}}[{{p}}]{{/parts}}\n{{/items}}')).toBeNull();
  });

  it('names an unknown field and its line', () => {
    expect(problem('第一行\n尊敬的{{whom}}：')).toEqual(['unknown', 'whom', 2]);
    // An item's field is unknown outside its block, and a nested list's field outside the nested block.
    expect(problem('{{name}}')).toEqual(['unknown', 'name', 1]);
    expect(problem('{{#items}}{{p}}{{/items}}')).toEqual(['unknown', 'p', 1]);
  });

  it('refuses an unclosed block, naming where it opened', () => {
    expect(problem('a\n{{#items}}\n{{name}}')).toEqual(['unclosed', 'items', 2]);
    expect(problem('{{#items}}{{#parts}}{{p}}{{/items}}')).toEqual(['mismatch', 'parts', 1]);
    expect(problem('{{/items}}')).toEqual(['stray', 'items', 1]);
  });

  it('refuses malformed tags, a value used as a list and a list used as a value', () => {
    expect(problem('{{who')).toEqual(['malformed', '{{who', 1]);
    expect(problem('{{ who is }}')?.[0]).toBe('malformed');
    expect(problem('{{#who}}x{{/who}}')).toEqual(['notList', 'who', 1]);
    expect(problem('{{items}}')).toEqual(['isList', 'items', 1]);
  });

  it('parses every default template against its own fields', () => {
    for (const def of Object.values(TEMPLATE_DEFAULTS)) for (const t of Object.values(def.text)) expect(() => parseTemplate(t.body, def.fields)).not.toThrow();
  });
});

describe('template rendering', () => {
  it('marks lines by their prefix and repeats a block per item, numbering them', () => {
    const body = '# 告知书\n= {{who}}：\n正文\n\n{{#items}}\n{{no}}、{{name}}\n{{/items}}\n> 某办公室';
    expect(renderBlocks(body, FIELDS, { who: '某局', items: [{ name: '护照' }, { name: '执照' }] })).toEqual([
      { kind: 'title', text: '告知书' },
      { kind: 'flush', text: '某局：' },
      { kind: 'para', text: '正文' },
      { kind: 'blank', text: '' },
      { kind: 'para', text: '1、护照' },
      { kind: 'para', text: '2、执照' },
      { kind: 'right', text: '某办公室' },
    ]);
  });

  it('joins table rows into one table with a row per item; an empty list leaves the header', () => {
    const body = '| 序号 | 名称 |\n{{#items}}\n| {{no}} | {{name}} |\n{{/items}}\n后文';
    expect(renderBlocks(body, FIELDS, { items: [{ name: 'A' }, { name: 'B' }] })).toEqual([
      {
        kind: 'table',
        rows: [
          ['序号', '名称'],
          ['1', 'A'],
          ['2', 'B'],
        ],
      },
      { kind: 'para', text: '后文' },
    ]);
    expect(renderBlocks(body, FIELDS, { items: [] })[0]).toEqual({ kind: 'table', rows: [['序号', '名称']] });
  });

  it('never reads a value as markup: a pipe stays in its cell, a leading # is text, a line break stays in the paragraph', () => {
    const blocks = renderBlocks('{{who}}\n{{#items}}\n| {{name}} |\n{{/items}}', FIELDS, { who: '# 非标题\n第二行', items: [{ name: 'a|b' }] });
    expect(blocks).toEqual([
      { kind: 'para', text: '# 非标题\n第二行' },
      { kind: 'table', rows: [['a|b']] },
    ]);
  });

  it('renders a missing value as nothing, never as "undefined"', () => {
    expect(renderBlocks('申请人：{{who}}', FIELDS, {})).toEqual([{ kind: 'para', text: '申请人：' }]);
  });

  it('builds a .docx whose text holds the filled-in letter and every invitee', async () => {
    const def = TEMPLATE_DEFAULTS['invitation.letter'];
    const values = sampleValues('invitation.letter', 'zh-CN');
    const file = await packBlocks('zh-CN', '邀请函', [
      renderBlocks(def.text['zh-CN'].body, def.fields, values),
      renderBlocks(def.text['en-US'].body, def.fields, values),
    ]);
    const xml = await (await JSZip.loadAsync(file)).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('邀 请 函');
    expect(text).toContain('INVITATION LETTER');
    expect(text).toContain('C01X00T47');
    expect(text).toContain('C02Y11K58');
    expect(xml).toContain('w:pageBreakBefore');
  });
});

describe('dates on a form', () => {
  it('writes a date as an official letter does, in either language, and nothing for no date', () => {
    expect(letterDate('2026-12-02', 'zh-CN')).toBe('2026年12月2日');
    expect(letterDate('2026-01-31', 'en-US')).toBe('31 January 2026');
    expect(letterDate(null, 'zh-CN')).toBe('');
  });
});
