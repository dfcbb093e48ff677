/** Korean: 회의록, 참석자, 불참자, 결정 사항, 액션 아이템. A word may take a particle after it ("참석자는"). */
import type { Lexicon } from './lexicon.js';

export const ko: Lexicon = {
  labels: {
    absent: ['불참자', '불참', '미참석자', '미참석', '결석자', '결석'],
    guests: ['참관인', '참관', '게스트', '배석'],
    attendees: ['참석자', '참석 인원', '참석', '참가자', '참여자'],
    agenda: ['회의 안건', '안건', '의제', '아젠다'],
    actions: ['액션 아이템', '할 일', '후속 조치', '실행 항목', '조치 사항', '과제'],
    decisions: ['결정 사항', '결정사항', '합의 사항', '합의사항', '의결 사항', '결정', '의결'],
    minutes: ['회의록', '회의 내용', '논의 내용', '논의 사항', '주요 내용'],
    date: ['일시', '회의 일시', '날짜', '일자', '회의 일자'],
    owner: ['담당자', '담당', '책임자'],
    due: ['기한', '마감일', '마감', '완료 예정일'],
    status: ['상태', '진행 상황'],
    done: ['완료'],
    nextMeeting: ['다음 회의', '차기 회의'],
    meeting: ['회의', '미팅', '주간 회의', '정기 회의'],
    hosts: ['작성자', '진행자', '사회자', '의장', '서기', '기록자'],
    away: ['휴가', '병가', '출장', '외근', '연차'],
    nameColumn: ['이름', '성명'],
    organizationColumn: ['소속', '회사'],
    roleColumn: ['직책', '역할'],
    presenceColumn: ['참석 여부'],
    presentMark: ['참석'],
    absentMark: ['불참', '결석'],
    rollOfMembers: ['참석자'],
    itemColumn: ['내용', '항목', '할 일'],
  },
  recordWords: ['회의록'],
  otherDateWords: ['다음', '이전', '기한', '마감', '수정일', '업데이트', '게시일', '시행일', '시행', '발효일', '적용일'],
  roleNouns: ['의장', '사회자', '진행자', '서기', '작성자', '팀장'],
};
