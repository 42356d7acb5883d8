import { Empty, Typography } from 'antd';

// The 统计分析 screen is built by its own issue; until then the section says so.
export function StatsPage() {
  return (
    <div>
      <Typography.Title level={3}>统计分析</Typography.Title>
      <Empty description="此功能正在建设中" />
    </div>
  );
}
