import { registerSW } from 'virtual:pwa-register';
import { isLocale } from '@groundwork/core';
import { render } from 'preact';
import { setLocale } from './i18n/i18n.ts';
import { Root } from './root.tsx';
import { restoreSession } from './session/session.ts';
import './ui/styles.css';

const browserLanguage = navigator.language.slice(0, 2);
if (isLocale(browserLanguage)) setLocale(browserLanguage);
await restoreSession();
render(<Root />, document.getElementById('app')!);
// After the first screen, so that on a slow line the service worker's downloads do not delay it.
const register = () => registerSW({ immediate: true });
if (document.readyState === 'complete') register();
else addEventListener('load', register);
