/**
 * The application menu in the user's language. Standard roles keep editing shortcuts, zoom and
 * window handling native; only the menu titles and About are ours.
 */
import { app, dialog, Menu, type MenuItemConstructorOptions } from 'electron';
import { translate, type Lang } from '../../shared/i18n/translate';

export function buildMenu(lang: Lang): Menu {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    { label: t('menu.file'), submenu: [{ role: process.platform === 'darwin' ? 'close' : 'quit' }] },
    {
      label: t('menu.edit'),
      submenu: [{ role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
    },
    {
      label: t('menu.view'),
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { label: t('menu.window'), submenu: [{ role: 'minimize' }, { role: 'close' }] },
    {
      label: t('menu.help'),
      submenu: [
        {
          label: t('menu.about'),
          click: () =>
            void dialog.showMessageBox({
              type: 'info',
              title: t('menu.about'),
              message: `${translate(lang, 'app.title')} ${app.getVersion()}`,
              detail: translate(lang, 'app.tagline'),
            }),
        },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
