import '@fontsource/noto-sans/vietnamese-400.css';
import '@fontsource/noto-sans/vietnamese-600.css';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ProvinceApp } from './features/province/ProvinceApp';
import { bridgeElectronMenu } from './app/menu-events';

performance.mark('tinhgon:boot');
bridgeElectronMenu();
// The province server (npm run server) marks its pages: the same build then shows the "Tổng hợp" screens.
const province = document.querySelector<HTMLMetaElement>('meta[name="tinhgon-mode"]')?.content === 'province';
createRoot(document.getElementById('root')!).render(
  <StrictMode>{province ? <ProvinceApp /> : <App />}</StrictMode>,
);
