import { ConfigProvider, theme as antdTheme } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

/** Reading font sizes in px, smallest to largest. */
export const FONT_SIZES = [14, 16, 18, 20, 22] as const;
export type ThemeName = 'light' | 'dark';

interface Settings {
  fontStep: number;
  theme: ThemeName;
}

interface ReadingSettings extends Settings {
  fontSize: number;
  setFontStep: (step: number) => void;
  setTheme: (theme: ThemeName) => void;
}

const STORAGE_KEY = 'anjian.reading';
const DEFAULTS: Settings = { fontStep: 1, theme: 'light' };
const BRAND = { light: '#8c1c13', dark: '#d9584c' };

function load(): Settings {
  try {
    const raw = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<Settings>;
    const fontStep =
      typeof raw.fontStep === 'number' && raw.fontStep >= 0 && raw.fontStep < FONT_SIZES.length
        ? Math.round(raw.fontStep)
        : DEFAULTS.fontStep;
    return { fontStep, theme: raw.theme === 'dark' ? 'dark' : 'light' };
  } catch {
    return DEFAULTS;
  }
}

const Context = createContext<ReadingSettings | undefined>(undefined);

/**
 * The reader's font size and theme, remembered on this computer (localStorage), and antd's
 * ConfigProvider with the matching theme algorithm. `data-theme` on <html> lets plain CSS follow.
 */
export function ReadingSettingsProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<Settings>(load);
  useEffect(() => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
    document.documentElement.dataset.theme = settings.theme;
    document.documentElement.style.setProperty('--reading-font-size', `${FONT_SIZES[settings.fontStep]}px`);
  }, [settings]);
  const setFontStep = useCallback(
    (step: number) =>
      setSettings((s) => ({ ...s, fontStep: Math.max(0, Math.min(FONT_SIZES.length - 1, step)) })),
    [],
  );
  const setTheme = useCallback((theme: ThemeName) => setSettings((s) => ({ ...s, theme })), []);
  const value = useMemo(
    () => ({ ...settings, fontSize: FONT_SIZES[settings.fontStep] ?? 16, setFontStep, setTheme }),
    [settings, setFontStep, setTheme],
  );
  const dark = settings.theme === 'dark';
  return (
    <Context.Provider value={value}>
      <ConfigProvider
        locale={zhCN}
        theme={{
          algorithm: dark ? antdTheme.darkAlgorithm : antdTheme.defaultAlgorithm,
          token: { colorPrimary: dark ? BRAND.dark : BRAND.light, borderRadius: 4 },
        }}
      >
        {children}
      </ConfigProvider>
    </Context.Provider>
  );
}

export function useReadingSettings(): ReadingSettings {
  const value = useContext(Context);
  if (!value) throw new Error('useReadingSettings outside ReadingSettingsProvider');
  return value;
}
