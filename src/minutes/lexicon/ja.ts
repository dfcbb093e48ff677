/** Japanese: 議事録, 出席者, 欠席者, 決定事項, 宿題 / ToDo. Words match inside a run of kanji and kana. */
import type { Lexicon } from './lexicon.js';

export const ja: Lexicon = {
  labels: {
    absent: ['欠席者', '欠席', '不参加'],
    guests: ['オブザーバー', 'ゲスト', '来賓', '陪席'],
    attendees: ['出席者', '参加者', '出席', '参加メンバー'],
    agenda: ['議題', 'アジェンダ', '次第'],
    actions: ['宿題', 'アクションアイテム', 'アクション', 'タスク', '対応事項', '今後の対応', 'todo'],
    decisions: ['決定事項', '決議事項', '合意事項', '決定', '決議'],
    minutes: ['議事録', '議事内容', '議事', '討議内容', '協議事項', '報告事項'],
    date: ['日時', '日付', '開催日', '開催日時'],
    owner: ['担当者', '担当', '責任者'],
    due: ['期限', '期日', '締切', '納期'],
    status: ['状況', 'ステータス', '状態'],
    done: ['完了', '済', '対応済'],
    nextMeeting: ['次回会議', '次回'],
    meeting: ['会議', '定例会', 'ミーティング', '打ち合わせ', '打合せ', 'mtg'],
    hosts: ['議長', '司会', '書記', '記録者', '進行'],
    away: ['休暇', '出張', '有給', '体調不良'],
    nameColumn: ['氏名', '名前'],
    organizationColumn: ['所属', '会社'],
    roleColumn: ['役職', '役割'],
    presenceColumn: ['出欠'],
    presentMark: ['出席', '○', '〇'],
    absentMark: ['欠席', '×'],
    rollOfMembers: ['出席者'],
    itemColumn: ['内容', '項目', 'タスク内容', '対応内容'],
  },
  recordWords: ['議事録'],
  otherDateWords: ['次回', '前回', '期限', '締切', '更新', '公開', '発行', '施行', '発効', '適用開始'],
  roleNouns: ['議長', '司会', '書記', '記録者', '進行', '部長', '課長'],
};
