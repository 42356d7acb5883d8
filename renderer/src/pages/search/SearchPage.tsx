import { Empty, Typography } from 'antd';

// The 检索 screen is built by its own issue; until then the section says so.
export function SearchPage() {
  return (
    <div>
      <Typography.Title level={3}>检索</Typography.Title>
      <Empty description="此功能正在建设中" />
    </div>
  );
}
