import { QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Popover, Typography } from 'antd';

/** The operators the box understands, each with an example (北大法宝 and 裁判文书网 habits). */
const OPERATORS: { syntax: string; example: string; means: string }[] = [
  { syntax: '词 词', example: '罚款 听证 告知', means: '同时含有每个词（含同义词）' },
  { syntax: '"短语"', example: '"超越职权"', means: '只按引号内原样查找，不用同义词' },
  { syntax: '-词 或 NOT 词', example: '听证 -罚款', means: '排除含有该词的案例' },
  { syntax: 'A OR B 或 A | B', example: '强拆 OR 强制拆除', means: '含有其中任一词' },
  { syntax: '( )', example: '(强拆 OR 强制拆除) 补偿', means: '括号内的词作为一组（括号内至少两个词）' },
  { syntax: '标题:', example: '标题:工伤认定', means: '只在案例标题中查找' },
  { syntax: '案号:', example: '案号:最高法行再', means: '只在案号中查找' },
  { syntax: '法院:', example: '法院:最高人民法院', means: '只在审理法院中查找' },
  { syntax: '机关:', example: '机关:人社局', means: '只在被告机关（含机关类型）中查找' },
  { syntax: '法条:', example: '法条:行政处罚法第六十三条', means: '引用的法条，含新旧条文对照' },
  { syntax: '评析: / 原文:', example: '评析:听证', means: '只在评析部分或判决原文中查找' },
];

/** A ? beside the box that lists the search syntax. */
export function QueryHelp() {
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      title="检索语法"
      content={
        <div className="query-help">
          <table>
            <thead>
              <tr>
                <th>写法</th>
                <th>示例</th>
                <th>含义</th>
              </tr>
            </thead>
            <tbody>
              {OPERATORS.map((o) => (
                <tr key={o.syntax}>
                  <td>
                    <code>{o.syntax}</code>
                  </td>
                  <td>
                    <code>{o.example}</code>
                  </td>
                  <td>{o.means}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
            法条按现行条文序号查找，也找到引用其旧条文的案例：“行政处罚法第六十三条”找到引用1996年文本第四十二条的案例，
            但不找引用1996年文本第六十三条（另一规定）的案例；旧条文序号在对照表列明已调整时也按旧文本理解。
            <br />
            无法识别的写法一律按普通词语查找。
          </Typography.Paragraph>
        </div>
      }
    >
      <Button icon={<QuestionCircleOutlined />} aria-label="检索语法说明" />
    </Popover>
  );
}
