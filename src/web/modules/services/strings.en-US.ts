import type { servicesZhCN } from './strings.zh-CN';

/** English strings of the service window's menu group. */
export const servicesEnUS: Record<keyof typeof servicesZhCN, string> = {
  'menu.services': 'Service window',
};
