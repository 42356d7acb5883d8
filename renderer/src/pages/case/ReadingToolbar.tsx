import { MoonOutlined, PrinterOutlined, SunOutlined } from '@ant-design/icons';
import { Button, Flex, Space, Tooltip, Typography } from 'antd';
import { FONT_SIZES, useReadingSettings } from '../../components/ReadingSettings';

/** Font size (remembered), light/dark theme and printing, above the case text. */
export function ReadingToolbar() {
  const { fontStep, fontSize, setFontStep, theme, setTheme } = useReadingSettings();
  return (
    <Flex className="reading-toolbar no-print" gap={8} align="center" wrap>
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
      <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
        打印
      </Button>
      <Typography.Text type="secondary" className="toolbar-hint">
        Alt+← / Alt+→ 后退 / 前进
      </Typography.Text>
    </Flex>
  );
}
