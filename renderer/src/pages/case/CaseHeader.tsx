import { StarFilled, StarOutlined } from '@ant-design/icons';
import { App, Button, Descriptions, Flex, Typography } from 'antd';
import type { CaseDetail } from '../../../../core/contract/cases';
import { api } from '../../api/client';
import { DraftBadge, LossReasonTags, OutcomeTag } from '../../components/CaseBadges';
import { TagEditor } from '../../components/TagEditor';
import { DraftNotice } from './DraftNotice';
import { showError } from '../../api/showError';
import { MISSING, orMissing } from '../../../../shared/display';

/** Title, star, the user's tags and the facts an officer checks first. */
export function CaseHeader({ value: c, onChanged }: { value: CaseDetail; onChanged: () => void }) {
  const { message } = App.useApp();
  const toggleStar = async () => {
    try {
      await api.call('cases.star', { id: c.id, starred: !c.starred });
      onChanged();
    } catch (e) {
      showError(message, e);
    }
  };
  return (
    <header className="case-head">
      <Typography.Title level={2} className="case-title">
        {c.title}
        <DraftBadge status={c.status} />
      </Typography.Title>
      <DraftNotice value={c} />
      <Flex gap={8} align="center" wrap className="case-own no-print">
        <Button
          className="star-button"
          aria-pressed={c.starred}
          icon={c.starred ? <StarFilled style={{ color: '#faad14' }} /> : <StarOutlined />}
          onClick={() => void toggleStar()}
        >
          {c.starred ? '已收藏' : '收藏'}
        </Button>
        <TagEditor caseId={c.id} tags={c.tags} onChange={onChanged} />
      </Flex>
      <Descriptions size="small" column={2} bordered className="case-header">
        <Descriptions.Item label="案号">{orMissing(c.caseNumber)}</Descriptions.Item>
        <Descriptions.Item label="裁判日期">{orMissing(c.judgmentDate)}</Descriptions.Item>
        <Descriptions.Item label="法院">{orMissing(c.court)}</Descriptions.Item>
        <Descriptions.Item label="法院层级 / 审级">
          {orMissing([c.courtLevel, c.trialStage].filter(Boolean).join(' / '))}
        </Descriptions.Item>
        <Descriptions.Item label="被告行政机关">{orMissing(c.defendant)}</Descriptions.Item>
        <Descriptions.Item label="地区">{orMissing(c.region)}</Descriptions.Item>
        <Descriptions.Item label="案件类别">{c.category}</Descriptions.Item>
        <Descriptions.Item label="裁判结果">
          <OutcomeTag outcome={c.outcome} />
        </Descriptions.Item>
        <Descriptions.Item label="败诉原因" span={2}>
          {c.lossReasons.length ? <LossReasonTags codes={c.lossReasons.map((r) => r.code)} /> : MISSING}
        </Descriptions.Item>
      </Descriptions>
    </header>
  );
}
