import { ArrowRightOutlined } from '@ant-design/icons';
import { Flex, Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import { useApi } from '../../api/useApi';
import { DraftBadge } from '../../components/CaseBadges';

/**
 * 关联文书: the instances of this dispute in the library (一审 → 二审 → 再审), linked by the 案号
 * each document cites; a decision a later instance revoked or amended is marked.
 */
export function InstanceChain({ caseId }: { caseId: string }) {
  const { data } = useApi('cases.instances', { id: caseId });
  if (!data?.length) return null;
  return (
    <section className="case-section" id="sec-instances">
      <h2>关联文书</h2>
      <Flex gap={8} align="center" wrap className="instance-chain">
        {data.map((x, i) => (
          <Flex key={x.id} gap={8} align="center">
            {i > 0 && <ArrowRightOutlined aria-hidden />}
            <div className={x.current ? 'instance instance-current' : 'instance'}>
              <Tag color="blue">{x.stage || '审级不详'}</Tag>
              {x.current ? (
                <Typography.Text strong>{x.caseNumber || x.title}</Typography.Text>
              ) : (
                <Link to={`/case/${x.id}`} title={x.title}>
                  {x.caseNumber || x.title}
                </Link>
              )}{' '}
              <DraftBadge status={x.status} />
              {x.overturnedBy && (
                <Tooltip title={`被 ${x.overturnedBy} 撤销或改判`}>
                  <Tag color="red">被撤销/改判</Tag>
                </Tooltip>
              )}
            </div>
          </Flex>
        ))}
      </Flex>
    </section>
  );
}
