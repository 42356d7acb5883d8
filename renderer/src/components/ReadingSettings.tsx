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
/** The brand red as text on the dark theme: antd's dark palette darkens it below 4.5:1. */
const DARK_BRAND_TEXT = '#f08a80';

/**
 * Text tokens raised to WCAG AA (4.5:1) on white and on #141414: antd's secondary/tertiary
 * greys (45 % black, 25 % white) fall short. tests/e2e/contrast.test.ts measures every screen.
 */
const TOKENS = {
  light: {
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    colorTextQuaternary: 'rgba(0, 0, 0, 0.58)',
    colorTextDisabled: 'rgba(0, 0, 0, 0.25)',
    colorLink: '#0958d9',
    colorError: '#cf1322',
  },
  dark: {
    colorTextTertiary: 'rgba(255, 255, 255, 0.6)',
    colorTextDescription: 'rgba(255, 255, 255, 0.6)',
    colorTextQuaternary: 'rgba(255, 255, 255, 0.55)',
    colorTextDisabled: 'rgba(255, 255, 255, 0.25)',
    colorLink: '#8dc5ff',
    colorError: '#ff7875',
  },
};
const DARK_COMPONENTS = {
  Menu: { itemSelectedColor: DARK_BRAND_TEXT, itemSelectedBg: '#3a1e1c' },
  Tabs: {
    itemSelectedColor: DARK_BRAND_TEXT,
    itemActiveColor: DARK_BRAND_TEXT,
    inkBarColor: DARK_BRAND_TEXT,
  },
};

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
          token: {
            colorPrimary: dark ? BRAND.dark : BRAND.light,
            borderRadius: 4,
            ...TOKENS[settings.theme],
          },
          components: dark ? DARK_COMPONENTS : {},
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
