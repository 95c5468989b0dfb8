/** Simplified Chinese strings of the service window's menu group. */
export const servicesZhCN = {
  'menu.services': '一窗受理',
} as const;
