import { MoonOutlined, PrinterOutlined, SunOutlined } from '@ant-design/icons';
import { Button, Divider, Flex, Space, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { FONT_SIZES, useReadingSettings } from '../../components/ReadingSettings';

/**
 * One row above the case text: the page's actions (edit, export …) passed in, then font size
 * (remembered), light/dark theme and printing this page as shown.
 */
export function ReadingToolbar({ actions }: { actions?: ReactNode }) {
  const { fontStep, fontSize, setFontStep, theme, setTheme } = useReadingSettings();
  return (
    <Flex className="reading-toolbar no-print" gap={8} align="center" wrap>
      {actions}
      {actions && <Divider type="vertical" />}
      <Space.Compact>
        <Tooltip title="缩小字号">
          <Button aria-label="缩小字号" disabled={fontStep === 0} onClick={() => setFontStep(fontStep - 1)}>
            A-
          </Button>
        </Tooltip>
        <Button tabIndex={-1} className="font-size-value" aria-live="polite">
          字号 {fontSize}
        </Button>
        <Tooltip title="放大字号">
          <Button
            aria-label="放大字号"
            disabled={fontStep === FONT_SIZES.length - 1}
            onClick={() => setFontStep(fontStep + 1)}
          >
            A+
          </Button>
        </Tooltip>
      </Space.Compact>
      <Button
        icon={theme === 'dark' ? <SunOutlined /> : <MoonOutlined />}
        onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
      >
        {theme === 'dark' ? '浅色' : '深色'}
      </Button>
      <Tooltip title="按本页排版打印，不含侧栏和按钮">
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          打印本页
        </Button>
      </Tooltip>
    </Flex>
  );
}
