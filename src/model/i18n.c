#include <config.h>

#include "i18n.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const msgs[MSG_N][HC_LANG_N] = {
	[MSG_STATUS] = { "상태", "Status" },
	[MSG_VENDOR] = { "사용처", "Used by" },
	[MSG_SPEC] = { "명세", "Spec" },
	[MSG_ALIAS] = { "다른 이름", "Also known as" },
	[MSG_HEADERS] = { "관련 헤더", "Headers" },
	[MSG_RELATED] = { "함께 볼 코드", "Related" },
	[MSG_INTERVIEW] = { "면접 질문", "Interview" },
	[MSG_CLASS] = { "분류", "Class" },
	[MSG_SUMMARY] = { "요약", "Summary" },
	[MSG_DETAIL] = { "설명", "Detail" },
	[MSG_CODES] = { "개", "codes" },
	[MSG_NO_MATCH] = { "일치하는 코드가 없습니다", "no known code matches" },
	/* the header reference */
	[MSG_HDR_HEADER] = { "헤더", "Header" },
	[MSG_HDR_DIRECTION] = { "쓰이는 곳", "Used in" },
	[MSG_HDR_KIND] = { "종류", "Kind" },
	[MSG_HDR_SYNTAX] = { "문법", "Syntax" },
	[MSG_HDR_EXAMPLE] = { "예", "Example" },
	[MSG_HDR_SUCCESSOR] = { "표준 후속", "Successor" },
	[MSG_HDR_CODES] = { "함께 쓰는 코드", "Codes" },
	[MSG_HDR_UNKNOWN] = { "알려진 헤더가 아닙니다", "not a known header" },
	[MSG_HDR_NEAREST] = { "가까운 헤더", "nearest" },
	[MSG_HDR_NONE] = { "이 표에는 헤더 설명이 없습니다", "the table describes no headers" },
	[MSG_HDR_LIST_HINT] = { "모든 헤더: httpcodes --list-headers", "Every header: httpcodes --list-headers" },
	/* the TUI */
	[MSG_T_TITLE] = { "HTTP 상태 코드", "HTTP status codes" },
	[MSG_T_LANG_NAME] = { "한국어", "English" },
	[MSG_T_OTHER_LANG] = { "English", "한국어" },
	[MSG_G_MOVE] = { "이동", "Moving" },
	[MSG_G_TREE] = { "분류 목록", "The tree" },
	[MSG_G_DETAIL] = { "설명 창", "The detail pane" },
	[MSG_G_SEARCH] = { "검색", "Searching" },
	[MSG_G_STUDY] = { "학습", "Studying" },
	[MSG_G_OTHER] = { "기타", "Other" },
	[MSG_K_UP] = { "위로", "Up" },
	[MSG_K_DOWN] = { "아래로", "Down" },
	[MSG_K_PGUP] = { "한 화면 위로", "Page up" },
	[MSG_K_PGDN] = { "한 화면 아래로", "Page down" },
	[MSG_K_HOME] = { "맨 처음으로", "First line" },
	[MSG_K_END] = { "맨 끝으로", "Last line" },
	[MSG_K_OPEN] = { "분류 펼치기·접기, 코드 열기", "Expand or collapse a class, open a code" },
	[MSG_K_LEFT] = { "접기, 또는 상위 분류로", "Collapse, or go to the class" },
	[MSG_K_RIGHT] = { "펼치기, 또는 첫 코드로", "Expand, or go to the first code" },
	[MSG_K_TAB] = { "목록과 설명 창 사이 이동", "Switch between the tree and the detail" },
	[MSG_K_DIGITS] = { "입력한 코드로 바로 가기 (404)", "Jump to the code typed (404)" },
	[MSG_K_UNOFF] = { "비공식 코드 숨기기·보이기", "Hide or show unofficial codes" },
	[MSG_K_LINK] = { "함께 볼 코드나 헤더 고르기", "Choose a related code or a header" },
	[MSG_K_FOLLOW] = { "고른 코드로 가기, 고른 헤더 설명 보기", "Follow the chosen code, explain the chosen header" },
	[MSG_K_BACK] = { "이전 코드로 돌아가기 (헤더에서는 그 코드로)", "Back to the previous code (from a header, to its code)" },
	[MSG_K_SEARCH] = { "검색 (한글, 초성, 영어, 번호)", "Search (Korean, English, numbers)" },
	[MSG_K_TYPE] = { "커서 앞·커서 자리의 글자 지우기", "Delete the character before or under the cursor" },
	[MSG_K_KEEP] = { "결과를 남기고 검색창 닫기", "Keep the results, close the box" },
	[MSG_K_NEXT] = { "다음 결과 (순위 순서로)", "Next result, in rank order" },
	[MSG_K_PREV] = { "이전 결과", "Previous result" },
	[MSG_K_ESC] = { "검색을 닫고 목록으로, 뒤로", "Leave the search for the tree, go back" },
	[MSG_K_LANG] = { "한국어/영어 전환", "Switch Korean / English" },
	[MSG_K_COPY] = { "\"404 Not Found\" 복사 (OSC 52)", "Copy \"404 Not Found\" (OSC 52)" },
	[MSG_K_HELP] = { "이 도움말", "This help" },
	[MSG_K_REDRAW] = { "화면 다시 그리기", "Redraw the screen" },
	[MSG_K_QUIT] = { "끝내기", "Quit" },
	[MSG_H_MOVE] = { "이동", "move" },
	[MSG_H_OPEN] = { "열기", "open" },
	[MSG_H_SEARCH] = { "검색", "search" },
	[MSG_H_HELP] = { "도움말", "help" },
	[MSG_H_QUIT] = { "끝", "quit" },
	[MSG_H_BACK] = { "뒤로", "back" },
	[MSG_H_PANE] = { "창 전환", "pane" },
	[MSG_H_FOLLOW] = { "따라가기", "follow" },
	[MSG_H_KEEP] = { "결과 유지", "keep" },
	[MSG_H_CLEAR] = { "지우기", "clear" },
	[MSG_H_NEXT] = { "다음/이전", "next/prev" },
	[MSG_H_SCROLL] = { "스크롤", "scroll" },
	[MSG_H_COPY] = { "복사", "copy" },
	[MSG_H_LINK] = { "관련 코드", "related" },
	[MSG_H_CLOSE] = { "닫기", "close" },
	[MSG_H_EXPAND] = { "펼치기", "expand" },
	[MSG_H_COLLAPSE] = { "접기", "collapse" },
	[MSG_H_TREE] = { "목록으로", "to the tree" },
	[MSG_T_COPIED] = { "복사했습니다", "Copied" },
	[MSG_T_UNOFF_HIDDEN] = { "비공식 코드를 숨겼습니다", "Unofficial codes hidden" },
	[MSG_T_UNOFF_SHOWN] = { "비공식 코드를 보입니다", "Unofficial codes shown" },
	[MSG_T_ENLARGE] = { "터미널을 키워 주세요", "Please enlarge the terminal" },
	[MSG_T_NO_SEARCH] = { "검색어가 없습니다. /로 검색하세요", "No search yet; press / to search" },
	[MSG_T_GOTO] = { "코드로 가기", "Go to code" },
	[MSG_T_NO_CODE] = { "없는 코드입니다", "No such code" },
	[MSG_T_NEED_UTF8] = { "Korean needs a UTF-8 terminal", "Korean needs a UTF-8 terminal" },
	[MSG_T_HELP_TITLE] = { "키 도움말", "Keys" },
	[MSG_T_NO_BACK] = { "돌아갈 코드가 없습니다", "Nothing to go back to" },
	[MSG_T_CLASS_CODES] = { "이 분류의 코드", "Codes in this class" },
	[MSG_T_NO_MATCH] = { "일치하는 코드가 없습니다", "No code matches" },
	[MSG_TAG_OBSOLETE] = { "폐기", "obsolete" },
	[MSG_TAG_UNUSED] = { "미사용", "unused" },
	[MSG_TAG_TEMPORARY] = { "임시", "temporary" },
	[MSG_TAG_UNOFFICIAL] = { "비공식", "unofficial" },
	/* study */
	[MSG_K_QUIZ] = { "퀴즈로 공부하기 (범위를 고르고 Enter)", "Study with a quiz (choose a scope, Enter)" },
	[MSG_K_STATS] = { "학습 통계: 분류별 숙련도", "Study statistics: mastery per class" },
	[MSG_K_COMPARE] = { "헷갈리는 코드 비교 (401 vs 403; 퀴즈의 답에서도)", "Compare codes often confused (also after an answer)" },
	[MSG_K_ANSWER] = { "퀴즈: 번호로 답하기, 또는 코드 입력", "Quiz: answer by number, or type the code" },
	[MSG_K_CHOOSE] = { "퀴즈: 화살표로 고르고 Enter로 답하기", "Quiz: choose with the arrows, Enter answers" },
	[MSG_K_LEAVE] = { "퀴즈·비교·통계 닫기 (진도는 저장됨)", "Leave the quiz, comparison or statistics" },
	[MSG_K_TOPIC] = { "비교: 이전·다음 주제", "Compare: previous or next topic" },
	[MSG_H_ANSWER] = { "답", "answer" },
	[MSG_H_CHOOSE] = { "고르기", "choose" },
	[MSG_H_LEAVE] = { "그만두기", "leave" },
	[MSG_H_CONTINUE] = { "계속", "continue" },
	[MSG_H_START] = { "시작", "start" },
	[MSG_H_CLASS] = { "분류", "class" },
	[MSG_H_STATS] = { "통계", "stats" },
	[MSG_H_TOPIC] = { "주제", "topic" },
	[MSG_H_ERASE] = { "지우기", "erase" },
	[MSG_H_COMPARE] = { "비교", "compare" },
	[MSG_T_STUDY] = { "학습", "Study" },
	[MSG_T_STATS_TITLE] = { "학습 통계", "Study statistics" },
	[MSG_T_COMPARE_TITLE] = { "헷갈리는 코드 비교", "Codes compared" },
	[MSG_T_MENU_ASK] = { "무엇을 연습할까요?", "What would you like to practise?" },
	[MSG_T_SCOPE_STD] = { "표준 코드 (권장)", "Standard codes (recommended)" },
	[MSG_T_SCOPE_ALL] = { "등록된 모든 코드", "All registered codes" },
	[MSG_T_QUESTION] = { "문제", "Question" },
	[MSG_T_SCORE] = { "점수", "Score" },
	[MSG_T_RIGHT] = { "정답입니다!", "Right!" },
	[MSG_T_WRONG] = { "틀렸습니다.", "Wrong." },
	[MSG_T_ANSWER_IS] = { "정답", "Answer" },
	[MSG_T_ANY_KEY] = { "아무 키나 누르면 다음 문제로 갑니다", "Press any key for the next question" },
	[MSG_T_TYPE_CODE] = { "코드 세 자리를 입력하고 Enter", "Type the three digits, then Enter" },
	[MSG_T_SUMMARY] = { "세션 결과", "Session summary" },
	[MSG_T_LEFT_EARLY] = { "도중에 그만둠", "left early" },
	[MSG_T_BY_CLASS] = { "분류별", "By class" },
	[MSG_T_REVIEW] = { "다시 볼 코드", "To review" },
	[MSG_T_ALL_RIGHT] = { "틀린 문제가 없습니다", "Nothing missed" },
	[MSG_T_NO_QUESTIONS] = { "이 범위에는 문제가 없습니다", "No questions in this scope" },
	[MSG_T_SESSIONS] = { "세션", "Sessions" },
	[MSG_T_ANSWERS_RIGHT] = { "정답", "Right answers" },
	[MSG_T_ITEMS_TRIED] = { "풀어 본 문항", "Items tried" },
	[MSG_T_ITEMS] = { "문항", "items" },
	[MSG_T_NO_HOME] = { "진도를 저장할 곳이 없습니다 (HOME도 XDG_STATE_HOME도 없음); 이번 실행 동안만 기록합니다", "No place to save progress (neither HOME nor XDG_STATE_HOME); kept for this run only" },
	[MSG_T_SESSION_ONLY] = { "이번 실행 동안만 기록합니다", "kept for this run only" },
	[MSG_T_NO_TOPIC] = { "을(를) 다루는 비교가 없어 모든 비교를 보여 줍니다", ": no comparison covers it; showing them all" },
	[MSG_T_TOPIC_CODES] = { "다루는 코드", "Codes" },
	[MSG_T_PROGRESS_FILE] = { "진도 파일", "Progress file" },
	[MSG_T_SCOPE_DUE] = { "복습할 때가 된 문항", "Due now" },
	[MSG_T_DUE_OPEN] = { "지금 복습할 문항: %1개", "Due now: %1 item(s)" },
	[MSG_T_DUE_NOW] = { "지금 복습할 문항", "Due now" },
	[MSG_T_DUE_TODAY] = { "오늘 안에 복습할 문항", "Due today" },
	[MSG_T_NEXT_DUE] = { "다음 복습", "Next due" },
	[MSG_T_NONE] = { "없음", "none" },
	[MSG_T_RETENTION] = { "분류별 기억률 (복습에서 맞힌 비율)", "Retention per class (share of answers right)" },
	[MSG_T_THIS_SESSION] = { "이번 세션", "This session" },
	[MSG_T_NO_STUDY] = { "아직 학습 기록이 없습니다. t로 퀴즈를 시작하세요.", "No study yet: press t to start a quiz." },
	[MSG_T_STATS_SCOPE] = { "표준 코드 기준", "standard codes" },
	[MSG_T_SCOPE_ALL_UNOFFICIAL] = { "모든 코드 (비공식 코드 포함)", "All codes, with unofficial codes" },
	[MSG_T_WITH_UNOFFICIAL] = { "비공식 코드 포함", "with unofficial codes" },
	[MSG_T_NEAREST_CODES] = { "가까운 코드", "nearest" },
	[MSG_T_HIDDEN_CODE] = { "트리에서는 숨긴 비공식 코드입니다 (u로 보이기)",
				"hidden in the tree (u shows unofficial codes)" },
	/* the search box and the ranked results */
	[MSG_K_RESULTS] = { "결과에서 위아래로 (입력하면서도)", "Move in the results (also while typing)" },
	[MSG_K_CURSOR] = { "검색어 안에서 커서 옮기기", "Move the cursor in the query" },
	[MSG_K_WORD] = { "커서를 한 단어씩 옮기기", "Move the cursor by a word" },
	[MSG_K_ENDS] = { "검색어의 처음·끝으로", "Cursor to the start or the end" },
	[MSG_K_KILL_WORD] = { "커서 앞 단어 지우기", "Delete the word before the cursor" },
	[MSG_K_KILL] = { "커서 앞을 전부·뒤를 전부 지우기", "Delete to the start, to the end" },
	[MSG_K_RECALL] = { "이번 실행에서 앞서 찾은 검색어", "Earlier or later queries of this session" },
	[MSG_T_PARTIAL] = { "모든 단어가 맞는 코드가 없습니다. 가장 가까운 코드:", "No code matches every word; closest:" },
	[MSG_T_TRY] = { "단어를 줄이거나, 404 같은 코드나 4xx 같은 분류로 찾아 보세요", "Try fewer words, a code like 404, or a class like 4xx" },
	[MSG_T_TOO_LONG] = { "길어서 앞부분만 찾습니다", "too long: only the start is searched" },
	[MSG_F_ALIAS] = { "다른 이름", "alias" },
	[MSG_F_KEYWORD] = { "키워드", "keyword" },
	[MSG_F_HEADER] = { "헤더", "header" },
	[MSG_F_VENDOR] = { "사용처", "vendor" },
	[MSG_F_SPEC] = { "명세", "spec" },
	/* code queries and patterns; the spec's address */
	[MSG_Q_EMPTY] = { "빈 질의입니다", "empty query" },
	[MSG_Q_NOT_CODE] = { "상태 코드도 패턴도 아닙니다", "not a status code or a pattern" },
	[MSG_Q_THREE] = { "상태 코드는 세 자리입니다", "status codes have three digits" },
	[MSG_Q_SHORT] = { "패턴은 4xx, 3.., 30[12]처럼 세 자리를 씁니다", "a pattern has three places, like 4xx, 3.. or 30[12]" },
	[MSG_Q_RANGE] = { "상태 코드는 100부터 599까지입니다", "status codes run from 100 to 599" },
	[MSG_Q_UNCLOSED] = { "[로 연 숫자 집합을 ]로 닫지 않았습니다", "a digit set opened with [ is not closed with ]" },
	[MSG_Q_EMPTY_SET] = { "빈 숫자 집합 []에는 맞는 숫자가 없습니다", "an empty digit set [] matches no digit" },
	[MSG_Q_BACKWARDS] = { "[ ] 안의 범위는 [0-2]처럼 작은 숫자부터 씁니다", "a range in [ ] goes upwards, like [0-2]" },
	[MSG_Q_SET_CHAR] = { "[ ] 안에는 숫자와 0-2 같은 범위만 씁니다", "only digits and ranges like 0-2 go inside [ ]" },
	[MSG_K_COPY_SPEC] = { "명세 주소 복사 (OSC 52)", "Copy the spec's web address (OSC 52)" },
	[MSG_T_NO_SPEC_URL] = { "명세 주소가 없습니다", "No spec address to copy" },
	/* state files */
	[MSG_S_DIR] = { "디렉터리", "a directory" },
	[MSG_S_FIFO] = { "FIFO(이름 있는 파이프)", "a FIFO" },
	[MSG_S_CHR] = { "문자 장치", "a character device" },
	[MSG_S_BLK] = { "블록 장치", "a block device" },
	[MSG_S_SOCK] = { "소켓", "a socket" },
	[MSG_S_LINK] = { "심볼릭 링크", "a symbolic link" },
	[MSG_S_SPECIAL] = { "특수 파일", "a special file" },
	[MSG_P_UNREADABLE] = { "%1을(를) 읽을 수 없습니다: %2", "cannot read %1: %2" },
	[MSG_P_SPECIAL] = { "%1은(는) 일반 파일이 아닙니다(%2)", "%1 is not a regular file (%2)" },
	[MSG_P_TOO_BIG] = { "%1이(가) %2보다 큽니다", "%1 is larger than %2" },
	[MSG_P_DAMAGED] = { "%1이(가) 손상되었습니다(%2번째 줄)", "%1 is damaged (line %2)" },
	[MSG_P_FUTURE] = { "%1은(는) 더 새로운 httpcodes가 쓴 파일입니다(형식 %2)", "%1 was written by a newer httpcodes (format %2)" },
	[MSG_P_READ_ONLY] = { "%1은(는) 읽기 전용입니다%2", "%1 is read-only%2" },
	[MSG_P_LOCK_HELD] = { "다른 httpcodes가 잠금 파일 %1을(를) 쥐고 있습니다%2", "another httpcodes holds the lock %1%2" },
	[MSG_P_LOCK_BAD] = { "잠금 파일 %1을(를) 쓸 수 없습니다: %2", "cannot use the lock %1: %2" },
	[MSG_P_WRITE] = { "%1을(를) 저장할 수 없습니다: %2", "cannot save %1: %2" },
	[MSG_P_KEPT_ASIDE] = { "%1이(가) 손상되어 %2(으)로 보관하고 새 파일을 시작했습니다", "%1 was damaged: kept it as %2 and started a new file" },
	[MSG_P_LEFT] = { ". 파일은 그대로 두고, 답은 이번 실행 동안만 기록합니다", "; the file is left as it is, and answers are kept for this run only" },
	[MSG_P_RETRY] = { ". 답은 이번 실행 동안 기억하고, 다음 답에서 다시 저장해 봅니다", "; answers are kept for this run, and saving is tried again at the next answer" },
	[MSG_P_ASIDE_LATER] = { ". 첫 답을 저장할 때 따로 보관하고 새 파일을 시작합니다", "; at the first answer it is kept aside and a new file is started" },
	[MSG_P_UNSAVED] = { "끝낼 때까지 저장하지 못한 답: %1개 (%2)", "not saved by the end: %1 answer(s) of this run (%2)" },
	[MSG_C_UNREADABLE] = { "%1: 읽을 수 없어 무시합니다: %2", "%1: cannot read it, ignored: %2" },
	[MSG_C_SPECIAL] = { "%1: 일반 파일이 아니라서(%2) 무시합니다", "%1: not a regular file (%2), ignored" },
	[MSG_C_TOO_BIG] = { "%1: 16 KiB보다 커서 무시합니다", "%1: larger than 16 KiB, ignored" },
	[MSG_C_LINE] = { "%1:%2: %3 (이 줄은 무시합니다)", "%1:%2: %3 (line ignored)" },
	[MSG_C_MORE] = { "%1: 잘못된 줄이 %2개 더 있습니다 (무시합니다)", "%1: %2 more bad lines (ignored)" },
	[MSG_C_EXPECTED] = { "'키 = 값' 꼴이어야 합니다", "expected 'key = value'" },
	[MSG_C_UNKNOWN] = { "알 수 없는 설정 '%1' (쓸 수 있는 것: lang, color, unofficial, theme, hyperlink)", "unknown setting '%1' (known: lang, color, unofficial, theme, hyperlink)" },
	[MSG_C_VALUE] = { "%2에 맞지 않는 값 '%1'", "bad value '%1' for %2" },
	[MSG_C_LONG] = { "줄이 너무 깁니다", "line too long" },
	[MSG_C_BINARY] = { "바이너리 데이터", "binary data" },
	[MSG_K_INTERVIEW] = { "모의 면접 (답을 떠올린 뒤 Space, 1-4로 평가)", "Mock interview (think of the answer, Space, grade 1-4)" },
	[MSG_K_REVEAL] = { "면접: 모범 답안 보기", "Interview: show the model answer" },
	[MSG_K_GRADE] = { "면접: 다시, 어려움, 알맞음, 쉬움으로 평가", "Interview: grade Again, Hard, Good, Easy" },
	[MSG_H_REVEAL] = { "답 보기", "answer" },
	[MSG_H_GRADE] = { "평가", "grade" },
	[MSG_T_INTERVIEW] = { "모의 면접", "Mock interview" },
	[MSG_T_IV_THINK] = { "머릿속으로 또는 소리 내어 답해 보세요. Space를 누르면 모범 답안이 나옵니다.", "Answer in your head or aloud, then press Space for the model answer." },
	[MSG_T_IV_ANSWER] = { "모범 답안", "Model answer" },
	[MSG_T_IV_GRADE_ASK] = { "얼마나 잘 답했나요?", "How well did you answer?" },
	[MSG_T_IV_AGAIN] = { "다시", "Again" },
	[MSG_T_IV_HARD] = { "어려움", "Hard" },
	[MSG_T_IV_GOOD] = { "알맞음", "Good" },
	[MSG_T_IV_EASY] = { "쉬움", "Easy" },
	[MSG_T_IV_CARDS] = { "카드", "Cards" },
	[MSG_T_IV_NONE] = { "이 범위에는 면접 질문이 없습니다", "No interview questions in this scope" },
	[MSG_T_IV_CONCEPT] = { "개념", "Concept" },
	[MSG_X_SITUATION] = { "어떤 상태 코드가 맞을까요?", "Which status code fits?" },
	[MSG_K_PAGE_DETAIL] = { "설명을 한 화면 아래로, 반 화면 아래로, 위로 (less처럼)", "Page the detail down; half a page down, up (as in less)" },
	[MSG_T_HELP_MORE] = { "더 있음", "more" },
	[MSG_T_ENLARGE_SHORT] = { "너무 작음", "Too small" },
	[MSG_H_STUDY] = { "공부", "study" },
};

static const struct {
	int err;
	const char *ko;
} errno_ko[] = {
	{ EACCES, "권한이 없습니다" },
	{ EPERM, "허용되지 않는 작업입니다" },
	{ ENOENT, "그런 파일이나 디렉터리가 없습니다" },
	{ ENOTDIR, "경로 중간에 디렉터리가 아닌 것이 있습니다" },
	{ EISDIR, "디렉터리입니다" },
	{ ENOSPC, "디스크에 남은 공간이 없습니다" },
	{ EDQUOT, "디스크 할당량을 넘었습니다" },
	{ EFBIG, "파일이 너무 큽니다" },
	{ EROFS, "읽기 전용 파일 시스템입니다" },
	{ EIO, "입출력 오류" },
	{ ELOOP, "심볼릭 링크가 너무 많습니다" },
	{ ENAMETOOLONG, "경로가 너무 깁니다" },
	{ ENOMEM, "메모리가 부족합니다" },
	{ EEXIST, "이미 있습니다" },
};

void hc_msg_fill(char *buf, size_t n, const char *tmpl, const char *const *args,
		 int nargs)
{
	size_t k = 0;

	if (!n)
		return;
	for (const char *t = tmpl; *t && k + 1 < n; t++) {
		const char *put = NULL;
		size_t len;

		if (t[0] == '%' && t[1] >= '1' && t[1] <= '9') {
			int i = t[1] - '1';

			put = i < nargs && args[i] ? args[i] : "";
			t++;
		}
		if (!put) {
			buf[k++] = *t;
			continue;
		}
		len = strlen(put);
		if (len > n - 1 - k)
			len = n - 1 - k;
		memcpy(buf + k, put, len);
		k += len;
	}
	buf[k] = '\0';
}

const char *hc_errno_text(enum hc_lang lang, int err)
{
	if (lang == HC_KO)
		for (size_t i = 0; i < sizeof errno_ko / sizeof *errno_ko; i++)
			if (errno_ko[i].err == err)
				return errno_ko[i].ko;
	return strerror(err);
}

static const char *const status_labels[HC_STATUS_N][HC_LANG_N] = {
	[HC_STANDARD] = { "표준", "standard" },
	[HC_OBSOLETE] = { "폐기됨", "obsolete" },
	[HC_UNUSED] = { "사용하지 않음", "unused" },
	[HC_TEMPORARY] = { "임시 등록", "temporary" },
	[HC_UNOFFICIAL] = { "비공식", "unofficial" },
};

static const char *const direction_labels[HC_DIR_N][HC_LANG_N] = {
	[HC_DIR_REQUEST] = { "요청", "request" },
	[HC_DIR_RESPONSE] = { "응답", "response" },
	[HC_DIR_BOTH] = { "요청과 응답", "request and response" },
};

/* for columns */
static const char *const direction_short[HC_DIR_N][HC_LANG_N] = {
	[HC_DIR_REQUEST] = { "요청", "request" },
	[HC_DIR_RESPONSE] = { "응답", "response" },
	[HC_DIR_BOTH] = { "양쪽", "both" },
};

static const char *const kind_labels[HC_HK_N][HC_LANG_N] = {
	[HC_HK_STANDARD] = { "표준", "standard" },
	[HC_HK_EXPERIMENTAL] = { "실험적 RFC", "experimental RFC" },
	[HC_HK_OBSOLETE] = { "폐기됨", "obsolete" },
	[HC_HK_DRAFT] = { "초안 (Internet-Draft)", "draft (Internet-Draft)" },
	[HC_HK_CONVENTION] = { "관례 (명세 없음)", "convention (no specification)" },
};

const char *hc_direction_label(enum hc_lang lang, enum hc_direction d)
{
	return (unsigned)d < HC_DIR_N ? direction_labels[d][lang] : "?";
}

const char *hc_direction_short(enum hc_lang lang, enum hc_direction d)
{
	return (unsigned)d < HC_DIR_N ? direction_short[d][lang] : "?";
}

const char *hc_header_kind_label(enum hc_lang lang, enum hc_header_kind k)
{
	return (unsigned)k < HC_HK_N ? kind_labels[k][lang] : "?";
}

const char *hc_msg(enum hc_lang lang, enum hc_msg id)
{
	return msgs[id][lang];
}

const char *hc_status_label(enum hc_lang lang, enum hc_status s)
{
	return (unsigned)s < HC_STATUS_N ? status_labels[s][lang] : "?";
}

/* A locale name of the Korean language: "ko" (or glibc's alias
 * "korean") as the whole language part, then a territory, a codeset, a
 * modifier or nothing.  "kok_IN" is Konkani. */
int hc_lang_is_korean(const char *v)
{
	static const char *const names[] = { "ko", "korean" };

	for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
		size_t n = strlen(names[i]);

		if (!strncasecmp(v, names[i], n) &&
		    (v[n] == '\0' || v[n] == '_' || v[n] == '.' || v[n] == '@'))
			return 1;
	}
	return 0;
}

enum hc_lang hc_lang_from_env(void)
{
	static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };

	for (size_t i = 0; i < sizeof vars / sizeof *vars; i++) {
		const char *v = getenv(vars[i]);

		if (v && *v)
			return hc_lang_is_korean(v) ? HC_KO : HC_EN;
	}
	return HC_EN;
}

int hc_lang_parse(const char *s)
{
	if (!strcasecmp(s, "ko") || !strcasecmp(s, "kr") ||
	    !strcasecmp(s, "korean") || !strcmp(s, "한국어"))
		return HC_KO;
	if (!strcasecmp(s, "en") || !strcasecmp(s, "english"))
		return HC_EN;
	return -1;
}
