#include <config.h>

#include "i18n.h"

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
	/* the TUI */
	[MSG_T_TITLE] = { "HTTP 상태 코드", "HTTP status codes" },
	[MSG_T_LANG_NAME] = { "한국어", "English" },
	[MSG_T_OTHER_LANG] = { "English", "한국어" },
	[MSG_G_MOVE] = { "이동", "Moving" },
	[MSG_G_TREE] = { "분류 목록", "The tree" },
	[MSG_G_DETAIL] = { "설명 창", "The detail pane" },
	[MSG_G_SEARCH] = { "검색", "Searching" },
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
	[MSG_K_LINK] = { "함께 볼 코드 고르기", "Choose a related code" },
	[MSG_K_FOLLOW] = { "고른 코드로 가기", "Follow the chosen related code" },
	[MSG_K_BACK] = { "이전 코드로 돌아가기", "Back to the previous code" },
	[MSG_K_SEARCH] = { "검색 (한글, 초성, 영어, 번호)", "Search (Korean, English, numbers)" },
	[MSG_K_TYPE] = { "입력하는 대로 거르기; 한 글자 지우기", "Filter as you type; delete one character" },
	[MSG_K_KEEP] = { "결과를 남기고 검색창 닫기", "Keep the results, close the box" },
	[MSG_K_NEXT] = { "다음 결과", "Next match" },
	[MSG_K_PREV] = { "이전 결과", "Previous match" },
	[MSG_K_ESC] = { "검색 지우기, 뒤로", "Clear the search, go back" },
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
	[MSG_T_MATCHES] = { "개 일치", " matches" },
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
};

static const char *const status_labels[HC_STATUS_N][HC_LANG_N] = {
	[HC_STANDARD] = { "표준", "standard" },
	[HC_OBSOLETE] = { "폐기됨", "obsolete" },
	[HC_UNUSED] = { "사용하지 않음", "unused" },
	[HC_TEMPORARY] = { "임시 등록", "temporary" },
	[HC_UNOFFICIAL] = { "비공식", "unofficial" },
};

const char *hc_msg(enum hc_lang lang, enum hc_msg id)
{
	return msgs[id][lang];
}

const char *hc_status_label(enum hc_lang lang, enum hc_status s)
{
	return (unsigned)s < HC_STATUS_N ? status_labels[s][lang] : "?";
}

enum hc_lang hc_lang_from_env(void)
{
	static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };

	for (size_t i = 0; i < sizeof vars / sizeof *vars; i++) {
		const char *v = getenv(vars[i]);

		if (v && *v)
			return strncasecmp(v, "ko", 2) ? HC_EN : HC_KO;
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
