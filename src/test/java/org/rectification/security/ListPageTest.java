package org.rectification.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rectification.system.ApiException;

class ListPageTest {

	@Test
	void shouldHandOutAListWithoutASizeOnlyWhileItFitsInOnePage() {
		ListPage unsized = new ListPage(0, 3, false);
		assertThat(unsized.rowsToRead()).isEqualTo(4);
		assertThat(unsized.of(List.of(1, 2, 3))).containsExactly(1, 2, 3);
		assertThatThrownBy(() -> unsized.of(List.of(1, 2, 3, 4))).isInstanceOfSatisfying(ApiException.class, e -> {
			assertThat(e.code()).isEqualTo("PAGE_REQUIRED");
			assertThat(e.getMessage()).isEqualTo("结果超过3条，请分页查询（firstResult、maxResults，每页最多3条）");
		});
	}

	@Test
	void shouldReadExactlyThePageAskedFor() {
		ListPage sized = new ListPage(10, 3, true);
		assertThat(sized.rowsToRead()).isEqualTo(3);
		assertThat(sized.of(List.of(1, 2, 3))).containsExactly(1, 2, 3);
	}

}
