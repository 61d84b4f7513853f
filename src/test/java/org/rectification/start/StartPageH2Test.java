package org.rectification.start;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rectification.support.H2Test;
import org.rectification.support.Http;
import org.rectification.support.Http.Response;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The start page without the demo: it explains who goes where and lists no demo logins. */
@H2Test
class StartPageH2Test {

	/** What a browser asks for when it opens a page. */
	static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	@LocalServerPort
	int port;

	@Test
	void shouldExplainInChineseWhoGoesWhereInsteadOfRedirecting() {
		Response page = Http.anonymous(port).withHeader("Accept", BROWSER_ACCEPT).get("/");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("<html lang=\"zh-CN\">", "巡察整改系统", "我该去哪里？")
			.contains("href=\"/camunda/app/tasklist/\"", "办理整改任务", "提交佐证材料")
			.contains("href=\"/camunda/app/cockpit/default/#/rectification-dashboard\"", "整改看板")
			.contains("href=\"/camunda/app/admin/\"", "用户与权限")
			.contains("一条整改事项怎么走", "销号", "回头看");
		assertThat(Http.anonymous(port).get("/start.js").status()).isEqualTo(200);
		assertThat(Http.anonymous(port).get("/start.css").status()).isEqualTo(200);
	}

	@Test
	void shouldNotListDemoLoginsWhereNoDemoRuns() {
		assertThat(Http.anonymous(port).get("/demo/logins").status()).isEqualTo(404);
	}

}
