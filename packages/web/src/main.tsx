import { registerSW } from 'virtual:pwa-register';
import { isLocale } from '@groundwork/core';
import { render } from 'preact';
import { App } from './app.tsx';
import { setLocale } from './i18n/i18n.ts';
import { restoreSession } from './session/session.ts';
import './ui/styles.css';

registerSW({ immediate: true });
const browserLanguage = navigator.language.slice(0, 2);
if (isLocale(browserLanguage)) setLocale(browserLanguage);
await restoreSession();
render(<App />, document.getElementById('app')!);
