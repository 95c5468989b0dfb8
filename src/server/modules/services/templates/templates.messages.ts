import { defineMessages, type MessageKeysOf } from '@server/platform/i18n/i18n';

/** The templates' refusals, in the office's words; {name} is the field or tag, {line} the line of the body. */
export const templateMessages = defineMessages(
  {
    'svc.templates.unknownField': '第{line}行的字段“{name}”不是该模板的字段，请从右侧字段列表中选用',
    'svc.templates.unclosed': '第{line}行开始的重复块“{name}”没有结束标记 {{/{name}}}',
    'svc.templates.mismatch': '第{line}行的结束标记与正在重复的块“{name}”不一致',
    'svc.templates.stray': '第{line}行的结束标记“{name}”前没有对应的开始标记',
    'svc.templates.malformed': '第{line}行的占位符“{name}”写法不正确，应为 {{字段名}}',
    'svc.templates.notList': '第{line}行的“{name}”不是列表字段，不能用作重复块',
    'svc.templates.isList': '第{line}行的“{name}”是列表字段，请用 {{#{name}}} … {{/{name}}} 逐项列出',
    'svc.templates.rootOnly': '模板由市外事办统一维护，区级账号不能修改',
    'svc.templates.noStep': '该办件尚未有此环节，无法生成此文书',
  },
  {
    'svc.templates.unknownField': 'Line {line}: “{name}” is not a field of this template; pick one from the list of fields',
    'svc.templates.unclosed': 'The repeated block “{name}” opened on line {line} has no closing {{/{name}}}',
    'svc.templates.mismatch': 'Line {line}: this closing tag does not match the block “{name}” being repeated',
    'svc.templates.stray': 'Line {line}: the closing tag “{name}” has no opening tag before it',
    'svc.templates.malformed': 'Line {line}: the placeholder “{name}” is not a field name in double braces',
    'svc.templates.notList': 'Line {line}: “{name}” is not a list and cannot be repeated',
    'svc.templates.isList': 'Line {line}: “{name}” is a list; list its items with {{#{name}}} … {{/{name}}}',
    'svc.templates.rootOnly': 'The templates are kept by the city office; a district account cannot change them',
    'svc.templates.noStep': 'This case has not reached that step, so the document cannot be made',
  },
);

declare module '../../../platform/i18n/i18n' {
  interface ModuleMessages extends MessageKeysOf<typeof templateMessages> {}
}
