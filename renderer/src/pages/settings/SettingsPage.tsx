import { Empty, Typography } from 'antd';

// The 设置 screen is built by its own issue; until then the section says so.
export function SettingsPage() {
  return (
    <div>
      <Typography.Title level={3}>设置</Typography.Title>
      <Empty description="此功能正在建设中" />
    </div>
  );
}
