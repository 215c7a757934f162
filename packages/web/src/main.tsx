import { registerSW } from 'virtual:pwa-register';
import { render } from 'preact';
import { App } from './app.tsx';
import { restoreSession } from './session/session.ts';
import './ui/styles.css';

registerSW({ immediate: true });
await restoreSession();
render(<App />, document.getElementById('app')!);
