import { render, type ComponentChild } from 'preact';
import { getLocale, t } from '../i18n';

/** Render an extension page in the agent's language. */
export function mount(app: ComponentChild, titleKey: string): void {
  document.documentElement.lang = getLocale() === 'zh_CN' ? 'zh-CN' : 'en';
  document.title = t(titleKey);
  const root = document.getElementById('app');
  if (root) render(app, root);
}
