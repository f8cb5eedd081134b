/**
 * The bundled faces for the in-app preview and for printing from the app window: Vite copies the
 * @fontsource files into the build. Print documents sent to the host link the same packages
 * (fonts.ts), so the preview and the PDF use the same fonts.
 */
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import '@fontsource/noto-serif-sc/400.css';
import '@fontsource/noto-serif-sc/700.css';
import '@fontsource/lxgw-wenkai/500.css';
