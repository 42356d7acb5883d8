import { Button, Empty, Space, Typography } from 'antd';

const EXAMPLES = ['听证', '答复期限', '强制拆除', '工伤认定', '行政处罚法第四十二条', '超越职权'];

/** No hits: say so plainly and offer what to try next. */
export function EmptyResults({
  q,
  didYouMean,
  hasFilters,
  recent,
  onSearch,
  onClearFilters,
}: {
  q: string;
  didYouMean: string | null;
  hasFilters: boolean;
  recent: string[];
  onSearch: (q: string) => void;
  onClearFilters: () => void;
}) {
  return (
    <Empty
      className="search-empty"
      description={
        <Space direction="vertical" size={8}>
          <Typography.Text strong>没有找到与“{q}”相关的案例</Typography.Text>
          {didYouMean && (
            <span>
              您是不是要找：
              <Button type="link" size="small" onClick={() => onSearch(didYouMean)}>
                {didYouMean}
              </Button>
            </span>
          )}
          {hasFilters && (
            <span>
              当前筛选条件可能过窄，
              <Button type="link" size="small" onClick={onClearFilters}>
                清除筛选
              </Button>
            </span>
          )}
          <Typography.Text type="secondary">
            可以减少关键词、换一种说法（如“强拆”“强制拆除”），或只输入案号中的年份与编号。
          </Typography.Text>
          <span>
            试试：
            {[...new Set([...recent.slice(0, 3), ...EXAMPLES])].slice(0, 7).map((example) => (
              <Button
                key={example}
                size="small"
                autoInsertSpace={false}
                style={{ margin: 2 }}
                onClick={() => onSearch(example)}
              >
                {example}
              </Button>
            ))}
          </span>
        </Space>
      }
    />
  );
}
