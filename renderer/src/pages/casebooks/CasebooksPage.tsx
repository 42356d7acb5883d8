import { Empty, Typography } from 'antd';

// The 案例汇编 screen is built by its own issue; until then the section says so.
export function CasebooksPage() {
  return (
    <div>
      <Typography.Title level={3}>案例汇编</Typography.Title>
      <Empty description="此功能正在建设中" />
    </div>
  );
}
