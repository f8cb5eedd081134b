import { describe, expect, it, vi } from 'vitest';

// No Electron runtime here: the menu template is what we own, so capture it.
vi.mock('electron', () => ({
  app: { getVersion: () => '1.2.3' },
  dialog: { showMessageBox: vi.fn() },
  Menu: { buildFromTemplate: (template: unknown) => template },
}));

const { buildMenu } = await import('../../../electron/main/menu');
type Item = { label?: string; role?: string; submenu?: Item[] };
const titles = (menu: unknown) => (menu as Item[]).filter((m) => m.label).map((m) => m.label);

describe('application menu', () => {
  it('is in Chinese or English, following the chosen language', () => {
    expect(titles(buildMenu('zh'))).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
    expect(titles(buildMenu('en'))).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('keeps native clipboard roles (text fields need them on macOS) and leaves undo to the app', () => {
    const edit = (buildMenu('zh') as unknown as Item[]).find((m) => m.label === '编辑')!;
    expect(edit.submenu!.map((i) => i.role)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });
});
