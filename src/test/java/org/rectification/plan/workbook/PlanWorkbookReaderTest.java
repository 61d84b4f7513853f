package org.rectification.plan.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.rectification.support.PlanWorkbooks.plan;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.rectification.ledger.EvidenceKind;
import org.rectification.ledger.MeasureDeadline;
import org.rectification.ledger.MeasureType;
import org.rectification.ledger.Milestone;

class PlanWorkbookReaderTest {

	static final LocalDate FEEDBACK = LocalDate.of(2025, 3, 10);

	static final String A1 = "一、党的政治建设方面";

	static final String P1 = "（一）理论学习不够深入";

	static final String P2 = "（二）意识形态工作责任制落实不到位";

	static final String A2 = "二、全面从严治党方面";

	static final String P3 = "（三）师德师风建设抓得不实";

	/** The org chart as the importer sees it. */
	static final PlanDirectory ORG = new PlanDirectory() {

		final Map<String, String> units = Map.of("办公室", "dept-bgs", "党建办", "dept-djb", "计划财务股", "dept-jcg", "实验中学",
				"school-syzx", "实验小学", "school-syxx", "第一中学", "school-yz");

		@Override
		public Optional<String> unit(String nameOrId) {
			return Optional.ofNullable(units.get(nameOrId)).or(() -> units.containsValue(nameOrId) ? Optional.of(nameOrId) : Optional.empty());
		}

		@Override
		public Optional<List<String>> unitSet(String name) {
			return name.equals("全体学校") ? Optional.of(List.of("school-yz", "school-syzx", "school-syxx")) : Optional.empty();
		}

		@Override
		public List<String> leaders(String nameOrId) {
			return switch (nameOrId) {
				case "张伟", "leader1" -> List.of("leader1");
				case "李娜", "leader2" -> List.of("leader2");
				case "王芳" -> List.of("wangf1", "wangf2");
				default -> List.of();
			};
		}

		@Override
		public String personName(String userId) {
			return userId;
		}

		@Override
		public String unitName(String unitId) {
			return unitId;
		}

		@Override
		public List<String> unitNames() {
			return List.copyOf(units.keySet());
		}

		@Override
		public List<String> unitSetNames() {
			return List.of("全体学校");
		}

		@Override
		public List<String> leaderNames() {
			return List.of("张伟", "李娜");
		}

	};

	static PlanDraft read(byte[] file) {
		return PlanWorkbookReader.read(new ByteArrayInputStream(file), FEEDBACK, ORG);
	}

	static PlanRejected rejected(byte[] file) {
		return catchThrowableOfType(PlanRejected.class, () -> read(file));
	}

	@Test
	void shouldReadOneRowPerMeasureWithBlankCellsMeaningSameAsAbove() {
		PlanDraft draft = read(plan()
			.row("1.1", A1, P1, "1. 中心组学习流于形式", "制定年度理论学习计划", "限期整改", "张伟", "党建办", "办公室", "党建办", "王某", "2025-06-30")
			.row("1.2", "", "", "", "每季度开展专题研讨", "长期坚持", "张伟", "党建办", "", "党建办、办公室", "", "2025年12月31日")
			.row("1.3", "", "", "2. 学习笔记照抄照搬", "开展学习笔记检查", "立行立改", "李娜", "", "", "全体学校", "各校校长", "2025/4/30")
			.row("2.1", "", P2, "", "修订意识形态工作责任清单", "限期整改", "leader2", "办公室", "", "办公室", "", "2025年6月底")
			.bytes());

		assertThat(draft.measures()).extracting(PlanDraft.Measure::code).containsExactly("1.1", "1.2", "1.3", "2.1");
		PlanDraft.Measure second = draft.measures().get(1);
		assertThat(second.finding()).isEqualTo(new PlanDraft.Finding(A1, P1, "1. 中心组学习流于形式"));
		assertThat(second.type()).isEqualTo(MeasureType.LONG_TERM);
		assertThat(second.responsibleUnits()).containsExactly("dept-djb", "dept-bgs");
		assertThat(second.deadline()).isEqualTo(MeasureDeadline.on(LocalDate.of(2025, 12, 31)));
		PlanDraft.Measure third = draft.measures().get(2);
		assertThat(third.finding().manifestation()).isEqualTo("2. 学习笔记照抄照搬");
		assertThat(third.responsibleUnits()).containsExactly("school-yz", "school-syzx", "school-syxx");
		assertThat(third.leader()).isEqualTo("leader2");
		assertThat(third.deadline()).isEqualTo(MeasureDeadline.on(LocalDate.of(2025, 4, 30)));
		PlanDraft.Measure fourth = draft.measures().get(3);
		assertThat(fourth.finding()).isEqualTo(new PlanDraft.Finding(A1, P2, null));
		assertThat(fourth.deadline()).isEqualTo(MeasureDeadline.on(LocalDate.of(2025, 6, 30)));
		assertThat(draft.findings()).containsExactly(new PlanDraft.Finding(A1, P1, "1. 中心组学习流于形式"),
				new PlanDraft.Finding(A1, P1, "2. 学习笔记照抄照搬"), new PlanDraft.Finding(A1, P2, null));
	}

	@Test
	void shouldUnderstandMergedCellsDateCellsTitleRowsAndOneRowPerUnit() {
		PlanDraft draft = read(plan().titleRows(2)
			.row("1.1", A1, P1, "1. 中心组学习流于形式", "制定年度理论学习计划", "限期整改", "张伟", "党建办", "", "实验中学", "周某", LocalDate.of(2025, 6, 30))
			.row("", "", "", "", "", "", "", "", "", "实验小学", "吴某", "")
			.row("1.2", "", "", "", "建立学习档案", "立行立改", "张伟", "党建办", "", "第一中学", "", LocalDate.of(2025, 5, 31))
			.row("3.1", A2, P3, "", "开展违规补课专项治理", "限期整改", "李娜", "办公室", "", "实验中学", "", LocalDate.of(2025, 9, 30))
			.merge("B4:B6").merge("C4:C5").merge("D4:D5").merge("A4:A5").merge("E4:E5").merge("F4:F5").merge("G4:G5")
			.merge("H4:H5").merge("L4:L5")
			.bytes());

		assertThat(draft.measures()).extracting(PlanDraft.Measure::code).containsExactly("1.1", "1.2", "3.1");
		PlanDraft.Measure first = draft.measures().get(0);
		assertThat(first.row()).isEqualTo(4);
		assertThat(first.responsibleUnits()).containsExactly("school-syzx", "school-syxx");
		assertThat(first.responsiblePerson()).isEqualTo("周某、吴某");
		assertThat(first.deadline()).isEqualTo(MeasureDeadline.on(LocalDate.of(2025, 6, 30)));
		assertThat(draft.measures().get(1).finding()).isEqualTo(first.finding());
		assertThat(draft.measures().get(2).finding()).isEqualTo(new PlanDraft.Finding(A2, P3, null));
	}

	@Test
	void shouldReadTheLedgerLayoutWithTheCodeRepeatedOnEveryUnitRow() {
		PlanDraft draft = read(plan().titleRows(1)
			.headers(List.of("编号", "方面", "问题", "具体表现", "整改措施", "责任领导", "责任单位", "责任人", "完成时限", "进展情况", "状态",
					"完成日期", "类型", "牵头单位", "配合单位"))
			.row("1.1", A1, P1, "", "制定计划", "张伟", "实验中学", "", LocalDate.of(2025, 6, 30), "已制定", "已销号", "", "限期整改", "党建办", "")
			.row("1.1", A1, P1, "", "制定计划", "张伟", "实验小学", "", LocalDate.of(2025, 6, 30), "", "正在整改", "", "限期整改", "党建办", "")
			.row("", A1, P2, "", "", "", "", "", "", "", "尚无整改措施", "", "", "", "")
			.bytes());

		assertThat(draft.measures()).hasSize(1);
		assertThat(draft.measures().get(0).responsibleUnits()).containsExactly("school-syzx", "school-syxx");
		assertThat(draft.findings()).contains(new PlanDraft.Finding(A1, P2, null));
	}

	@Test
	void shouldTakeARowMergedAcrossTheTableAsTheAspectOfTheRowsBelow() {
		PlanDraft draft = read(plan()
			.row(A1)
			.row("1.1", "", P1, "", "制定计划", "限期整改", "张伟", "党建办", "", "党建办　办公室", "", "2025-06-30")
			.row(A2)
			.row("2.1", "", P3, "", "专项治理", "限期整改", "李娜", "办公室", "", "全体学校", "", "2025-06-30")
			.merge("A2:L2").merge("A4:L4")
			.bytes());

		assertThat(draft.measures()).extracting(m -> m.finding().aspect()).containsExactly(A1, A2);
		assertThat(draft.measures().get(0).responsibleUnits()).containsExactly("dept-djb", "dept-bgs");
	}

	@Test
	void shouldNotSpreadACellMergedSidewaysIntoTheNextColumns() {
		PlanDraft draft = read(plan()
			.row("1.1", A1, P1, "", "制定计划", "限期整改", "张伟", "党建办", "", "党建办", "", "2025-06-30")
			.row("1.2", A1, P1, "", "建立档案", "立行立改", "", "", "", "党建办", "", "2025-06-30")
			.merge("F3:H3")
			.bytes());

		PlanDraft.Measure merged = draft.measures().get(1);
		assertThat(merged.type()).isEqualTo(MeasureType.IMMEDIATE);
		assertThat(merged.leader()).isNull();
		assertThat(merged.leadUnit()).isNull();
	}

	@Test
	void shouldReadDatesGivenAsFormulasOrTypedAsNumbers() throws Exception {
		byte[] file;
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
				var out = new java.io.ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("整改方案");
			var header = sheet.createRow(0);
			List<String> headers = org.rectification.support.PlanWorkbooks.HEADERS;
			for (int c = 0; c < headers.size(); c++) {
				header.createCell(c).setCellValue(headers.get(c));
			}
			String[] first = { "1.1", A1, P1, "", "制定计划", "限期整改", "张伟", "党建办", "", "党建办", "" };
			String[] second = { "1.2", "", "", "", "建立档案", "限期整改", "张伟", "党建办", "", "党建办", "" };
			var r1 = sheet.createRow(1);
			var r2 = sheet.createRow(2);
			for (int c = 0; c < first.length; c++) {
				r1.createCell(c).setCellValue(first[c]);
				r2.createCell(c).setCellValue(second[c]);
			}
			r1.createCell(11).setCellValue(20250630);
			var formula = r2.createCell(11);
			formula.setCellFormula("DATE(2025,7,31)");
			var style = workbook.createCellStyle();
			style.setDataFormat((short) 14);
			formula.setCellStyle(style);
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			workbook.write(out);
			file = out.toByteArray();
		}

		PlanDraft draft = read(file);

		assertThat(draft.measures()).extracting(PlanDraft.Measure::deadline)
			.containsExactly(MeasureDeadline.on(LocalDate.of(2025, 6, 30)), MeasureDeadline.on(LocalDate.of(2025, 7, 31)));
	}

	@Test
	void shouldSayWhyAMeasureMergedOverTwoManifestationsIsRefused() {
		PlanRejected e = rejected(plan()
			.row("1.1", A1, P1, "1. 表现一", "制定计划", "限期整改", "张伟", "党建办", "", "党建办", "", "2025-06-30")
			.row("", "", "", "2. 表现二", "", "", "", "", "", "", "", "")
			.merge("A2:A3").merge("E2:E3")
			.bytes());

		assertThat(e.problems()).extracting(PlanProblem::text).containsExactly(
				"第3行 A列（编号）：措施 1.1 跨越了多个具体表现；一条措施只能对应一个具体表现（或整个问题），请拆成不同编号的措施");
	}

	@Test
	void shouldRefuseAUnitsLedgerAsAPlan() throws Exception {
		var round = new org.rectification.ledger.InspectionRound(1L, "2025年巡察", "区委第三巡察组", "区教育局", null, null,
				FEEDBACK, null, FEEDBACK.plusMonths(6), org.rectification.ledger.RoundStatus.IN_RECTIFICATION, null, null,
				null, null, "office1", null);
		var out = new java.io.ByteArrayOutputStream();
		LedgerWorkbook.write(round, "实验中学", List.of(), Map.of(), ORG, java.time.OffsetDateTime.now(), out);

		assertThat(rejected(out.toByteArray()).code()).isEqualTo("UNIT_LEDGER");
	}

	@Test
	void shouldSkipTheTemplatesExampleRowAndBlankRows() {
		PlanDraft draft = read(plan()
			.row("示例1.1.1", A1, P1, "", "示例措施", "限期整改", "张伟", "党建办", "", "全体学校", "", "2025-06-30")
			.row()
			.row("1.1", A1, P1, "", "制定计划", "限期整改", "张伟", "党建办", "", "党建办", "", "2025-06-30")
			.bytes());

		assertThat(draft.measures()).extracting(PlanDraft.Measure::code).containsExactly("1.1");
	}

	@Test
	void shouldKeepAManifestationWithoutMeasureAndAMeasureWithoutLeaderForTheCoverageCheck() {
		PlanDraft draft = read(plan()
			.row("", A1, P1, "1. 尚未制定措施的表现", "", "", "", "", "", "", "", "")
			.row("1.1", "", P2, "", "修订清单", "限期整改", "", "", "", "", "", "")
			.bytes());

		assertThat(draft.findings()).contains(new PlanDraft.Finding(A1, P1, "1. 尚未制定措施的表现"));
		PlanDraft.Measure measure = draft.measures().get(0);
		assertThat(measure.leader()).isNull();
		assertThat(measure.responsibleUnits()).isEmpty();
		assertThat(measure.deadline()).isEqualTo(MeasureDeadline.NONE);
	}

	@Test
	void shouldReportAMissingField() {
		PlanRejected e = rejected(plan()
			.row("1.1", A1, P1, "", "制定计划", "", "张伟", "党建办", "", "党建办", "", "2025-06-30")
			.row("", "", "", "", "建立档案", "限期整改", "张伟", "党建办", "", "党建办", "", "2025-06-30")
			.bytes());

		assertThat(e.code()).isEqualTo("PLAN_INVALID");
		assertThat(e.problems()).extracting(PlanProblem::text).containsExactly(
				"第2行 F列（类型）：必填：立行立改、限期整改 或 长期坚持", "第3行 A列（编号）：必填：每条整改措施都要有编号");
	}

	@Test
	void shouldReportAnUnparseableDate() {
		PlanRejected e = rejected(plan()
			.row("1.1", A1, P1, "", "制定计划", "限期整改", "张伟", "党建办", "", "党建办", "", "六月底")
			.bytes());

		assertThat(e.problems()).singleElement()
			.satisfies(p -> assertThat(p.text()).isEqualTo("第2行 L列（完成时限）：无法识别的完成时限“六月底”，请写成 2025-06-30、2025年6月30日、2025年6月底 或 30个工作日"));
	}

	@Test
	void shouldReadADeadlineGivenAsWorkingDaysFromTheDayTheItemIsSent() {
		PlanDraft draft = read(plan()
			.row("1.1", A1, P1, "", "制定计划", "限期整改", "张伟", "党建办", "", "党建办", "", "30个工作日")
			.row("", "", "", "", "", "", "", "", "", "实验中学", "", "")
			.row("1.2", A1, P1, "", "建立档案", "立行立改", "张伟", "党建办", "", "党建办", "", "通知下达后 １５ 个工作日内")
			.row("1.3", A1, P1, "", "清理台账", "限期整改", "张伟", "党建办", "", "党建办", "", "5工作日")
			.bytes());

		assertThat(draft.measures()).extracting(PlanDraft.Measure::deadline)
			.containsExactly(MeasureDeadline.inWorkingDays(30), MeasureDeadline.inWorkingDays(15), MeasureDeadline.inWorkingDays(5));
		assertThat(draft.measures().get(0).deadline().label()).isEqualTo("30个工作日");
	}

	@Test
	void shouldReadTheEvidenceKindsAPlanRequiresFromTheOptionalColumn() {
		List<String> headers = new java.util.ArrayList<>(org.rectification.support.PlanWorkbooks.HEADERS);
		headers.add("佐证材料要求");
		PlanDraft draft = read(plan().headers(headers)
			.row("1.1", A1, P1, "", "修订制度", "限期整改", "张伟", "党建办", "", "党建办", "", "2025-06-30", "会议纪要、制度文件")
			.row("1.2", A1, P1, "", "开展检查", "立行立改", "张伟", "党建办", "", "党建办", "", "2025-06-30", "")
			.bytes());
		assertThat(draft.measures().get(0).requiredEvidence()).containsExactly(EvidenceKind.REGULATION, EvidenceKind.MINUTES);
		assertThat(draft.measures().get(1).requiredEvidence()).isEmpty();
		assertThat(read(plan().row("1.1", A1, P1, "", "修订制度", "限期整改", "张伟", "党建办", "", "党建办", "", "2025-06-30")
			.bytes()).measures().get(0).requiredEvidence()).as("a workbook without the column says nothing").isNull();

		PlanRejected e = rejected(plan().headers(headers)
			.row("1.1", A1, P1, "", "修订制度", "限期整改", "张伟", "党建办", "", "党建办", "", "2025-06-30", "制度文件、视频")
			.bytes());
		assertThat(e.problems()).extracting(PlanProblem::text).containsExactly(
				"第2行 M列（佐证材料要求）：“视频”不是材料类别，应为 制度文件、会议纪要、照片、台账或截图、其他");
	}

	@Test
	void shouldReadWhetherTheMeasureMayBePublishedFromTheOptionalColumn() {
		List<String> headers = new java.util.ArrayList<>(org.rectification.support.PlanWorkbooks.HEADERS);
		headers.add("佐证材料要求");
		headers.add("是否公开");
		PlanDraft draft = read(plan().headers(headers)
			.row("1.1", A1, P1, "", "修订制度", "限期整改", "张伟", "党建办", "", "党建办", "", "2025-06-30", "", "否")
			.row("", "", "", "", "", "", "", "", "", "实验中学", "", "", "", "否")
			.row("1.2", A1, P1, "", "开展检查", "立行立改", "张伟", "党建办", "", "党建办", "", "2025-06-30", "", "")
			.row("1.3", A1, P1, "", "建立台账", "立行立改", "张伟", "党建办", "", "党建办", "", "2025-06-30", "", "公开")
			.bytes());
		assertThat(draft.measures()).extracting(PlanDraft.Measure::publicReport).containsExactly(false, true, true);
		assertThat(read(plan().row("1.1", A1, P1, "", "修订制度", "限期整改", "张伟", "党建办", "", "党建办", "", "2025-06-30")
			.bytes()).measures().get(0).publicReport()).as("a workbook without the column says nothing").isNull();

		PlanRejected e = rejected(plan().headers(headers)
			.row("1.1", A1, P1, "", "修订制度", "限期整改", "张伟", "党建办", "", "党建办", "", "2025-06-30", "", "内部")
			.row("1.2", A1, P1, "", "开展检查", "立行立改", "张伟", "党建办", "", "党建办", "", "2025-06-30", "", "否")
			.row("", "", "", "", "", "", "", "", "", "实验中学", "", "", "", "是")
			.bytes());
		assertThat(e.problems()).extracting(PlanProblem::text).containsExactly(
				"第2行 N列（是否公开）：应填“是”或“否”，不能是“内部”",
				"第4行 N列（是否公开）：与本措施第3行不一致（同一措施的各行只能追加责任单位）");
	}

	/** The plan's headers with 阶段性目标 in M and the look-back months in N, under the given header. */
	static List<String> longTermHeaders(String lookBackHeader) {
		List<String> headers = new java.util.ArrayList<>(org.rectification.support.PlanWorkbooks.HEADERS);
		headers.add("阶段性目标");
		headers.add(lookBackHeader);
		return headers;
	}

	@Test
	void shouldReadMilestonesInBothFormsAndTheLookBackMonthsFromTheOptionalColumns() {
		PlanDraft draft = read(plan().headers(longTermHeaders("回头看（月）"))
			.row("1.1", A1, P1, "", "建立理论学习长效机制", "长期坚持", "张伟", "党建办", "", "党建办", "", "2025-06-30",
					"2025-12-31 建立长效机制\n2026年6月底前：完成回头看", "6")
			.row("", "", "", "", "", "", "", "", "", "实验中学", "", "", "2025-12-31 建立长效机制\n2026年6月底前：完成回头看", "")
			.row("1.2", A1, P1, "", "建立学习台账", "长期坚持", "张伟", "党建办", "", "党建办", "", "30个工作日",
					"2025年4月30日 建立台账", "")
			.row("1.3", A1, P1, "", "开展检查", "限期整改", "张伟", "党建办", "", "党建办", "", LocalDate.of(2025, 6, 30), "", "12个月")
			.bytes());

		PlanDraft.Measure first = draft.measures().get(0);
		assertThat(first.milestones()).containsExactly(new Milestone(2, "建立长效机制", LocalDate.of(2025, 12, 31)),
				new Milestone(3, "完成回头看", LocalDate.of(2026, 6, 30)));
		assertThat(first.lookBackMonths()).isEqualTo(6);
		assertThat(first.responsibleUnits()).containsExactly("dept-djb", "school-syzx");
		assertThat(draft.measures().get(1).milestones()).as("a working-days deadline: only the order of the dates counts")
			.containsExactly(new Milestone(2, "建立台账", LocalDate.of(2025, 4, 30)));
		assertThat(draft.measures().get(1).lookBackMonths()).as("blank: the type's default").isNull();
		assertThat(draft.measures().get(2).milestones()).isEmpty();
		assertThat(draft.measures().get(2).lookBackMonths()).isEqualTo(12);
		assertThat(draft.measures()).allSatisfy(m -> assertThat(m.lookBackListed()).isTrue());

		assertThat(read(plan().headers(longTermHeaders("回头看月数"))
			.row("1.1", A1, P1, "", "建立机制", "长期坚持", "张伟", "党建办", "", "党建办", "", "2025-06-30", "", "3")
			.bytes()).measures().get(0).lookBackMonths()).isEqualTo(3);
		PlanDraft.Measure without = read(plan().row("1.1", A1, P1, "", "修订制度", "长期坚持", "张伟", "党建办", "", "党建办", "", "2025-06-30")
			.bytes()).measures().get(0);
		assertThat(without.milestones()).as("a workbook without the column says nothing").isNull();
		assertThat(without.lookBackListed()).isFalse();
	}

	@Test
	void shouldReportEveryKindOfMilestoneMistake() {
		StringBuilder thirteen = new StringBuilder();
		for (int month = 1; month <= 13; month++) {
			thirteen.append(LocalDate.of(2025, 6, 30).plusMonths(month)).append(" 第").append(month).append("次检查\n");
		}
		PlanRejected e = rejected(plan().headers(longTermHeaders("回头看（月）"))
			.row("1.1", A1, P1, "", "修订制度", "限期整改", "张伟", "党建办", "", "党建办", "", "2025-06-30", "2025-12-31 建立机制", "")
			.row("1.2", A1, P1, "", "建立机制", "长期坚持", "张伟", "党建办", "", "党建办", "", "2025-06-30",
					"建立机制\n2025-12-31\n明年六月：回头看", "")
			.row("1.3", A1, P1, "", "建立机制", "长期坚持", "张伟", "党建办", "", "党建办", "", "2025-06-30",
					"2025-06-30 建立机制\n2025-12-31 回头看\n2025年12月底：再回头看", "")
			.row("1.4", A1, P1, "", "定期检查", "长期坚持", "张伟", "党建办", "", "党建办", "", "2025-06-30", thirteen.toString(), "")
			.row("1.5", A1, P1, "", "建立机制", "长期坚持", "张伟", "党建办", "", "党建办", "", "2025-06-30",
					"2025-12-31 " + "长".repeat(1001), "")
			.bytes());

		assertThat(e.problems()).extracting(PlanProblem::text).containsExactly(
				"第2行 M列（阶段性目标）：只有“长期坚持”的措施才能设阶段性目标，这条措施是“限期整改”",
				"第3行 M列（阶段性目标）：第1条“建立机制”缺少日期或日期无法识别，应写成“2027-06-30 目标”或“2027年6月底前：目标”",
				"第3行 M列（阶段性目标）：第2条“2025-12-31”只有日期，缺少目标",
				"第3行 M列（阶段性目标）：第3条“明年六月：回头看”缺少日期或日期无法识别，应写成“2027-06-30 目标”或“2027年6月底前：目标”",
				"第4行 M列（阶段性目标）：第1条阶段性目标的日期 2025-06-30 应晚于完成时限 2025-06-30",
				"第4行 M列（阶段性目标）：第3条阶段性目标的日期 2025-12-31 应晚于第2条的日期 2025-12-31",
				"第5行 M列（阶段性目标）：阶段性目标最多12条，这里有13条",
				"第6行 M列（阶段性目标）：第1条阶段性目标不能超过1000个字");
	}

	@Test
	void shouldReportInvalidLookBackMonthsAndContinuationRowsThatDisagree() {
		PlanRejected e = rejected(plan().headers(longTermHeaders("回头看（月）"))
			.row("1.1", A1, P1, "", "建立机制", "长期坚持", "张伟", "党建办", "", "党建办", "", "2025-06-30", "2025-12-31 建立机制", "6")
			.row("", "", "", "", "", "", "", "", "", "实验中学", "", "", "2026-06-30 建立机制", "3")
			.row("1.2", A1, P1, "", "开展检查", "限期整改", "张伟", "党建办", "", "党建办", "", "2025-06-30", "", "0")
			.row("1.3", A1, P1, "", "开展检查", "限期整改", "张伟", "党建办", "", "党建办", "", "2025-06-30", "", "37")
			.row("1.4", A1, P1, "", "开展检查", "限期整改", "张伟", "党建办", "", "党建办", "", "2025-06-30", "", 3.5)
			.row("1.5", A1, P1, "", "开展检查", "限期整改", "张伟", "党建办", "", "党建办", "", "2025-06-30", "", "半年")
			.bytes());

		assertThat(e.problems()).extracting(PlanProblem::text).containsExactly(
				"第3行 M列（阶段性目标）：与本措施第2行不一致（同一措施的各行只能追加责任单位）",
				"第3行 N列（回头看（月））：与本措施第2行不一致（同一措施的各行只能追加责任单位）",
				"第4行 N列（回头看（月））：应填 1 到 36 之间的整数（最终销号后几个月回头看），不能是“0”",
				"第5行 N列（回头看（月））：应填 1 到 36 之间的整数（最终销号后几个月回头看），不能是“37”",
				"第6行 N列（回头看（月））：应填 1 到 36 之间的整数（最终销号后几个月回头看），不能是“3.5”",
				"第7行 N列（回头看（月））：应填 1 到 36 之间的整数（最终销号后几个月回头看），不能是“半年”");
	}

	@Test
	void shouldReadTheTemplatesExampleOfMilestonesAndLookBackMonths() throws Exception {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		PlanTemplate.write(ORG, FEEDBACK, out);
		byte[] example;
		try (org.apache.poi.ss.usermodel.Workbook workbook = org.apache.poi.ss.usermodel.WorkbookFactory
			.create(new ByteArrayInputStream(out.toByteArray()))) {
			org.apache.poi.ss.usermodel.Row row = workbook.getSheetAt(0).getRow(1);
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(PlanColumn.MILESTONES.ordinal()).getStringCellValue())
				.isEqualTo("阶段性目标");
			assertThat(workbook.getSheetAt(0).getColumnWidth(PlanColumn.LOOK_BACK_MONTHS.ordinal())).isPositive();
			row.getCell(PlanColumn.CODE.ordinal()).setCellValue("1.1");
			java.io.ByteArrayOutputStream changed = new java.io.ByteArrayOutputStream();
			workbook.write(changed);
			example = changed.toByteArray();
		}

		PlanDraft.Measure measure = read(example).measures().get(0);
		assertThat(measure.type()).isEqualTo(MeasureType.LONG_TERM);
		assertThat(measure.milestones()).hasSize(2);
		assertThat(measure.milestones().get(0).dueDate()).isAfter(measure.deadline().date());
		assertThat(measure.lookBackMonths()).isEqualTo(6);
	}

	@Test
	void shouldReportWorkingDaysOutOfRangeAndAContinuationRowThatDisagrees() {
		PlanRejected e = rejected(plan()
			.row("1.1", A1, P1, "", "制定计划", "限期整改", "张伟", "党建办", "", "党建办", "", "0个工作日")
			.row("1.2", A1, P1, "", "建立档案", "限期整改", "张伟", "党建办", "", "党建办", "", "600个工作日")
			.row("1.3", A1, P1, "", "清理台账", "限期整改", "张伟", "党建办", "", "党建办", "", "20个工作日")
			.row("", "", "", "", "", "", "", "", "", "实验中学", "", "2025-06-30")
			.bytes());

		assertThat(e.problems()).extracting(PlanProblem::text).containsExactly(
				"第2行 L列（完成时限）：工作日数应在 1 到 500 之间，“0个工作日”不在此范围",
				"第3行 L列（完成时限）：工作日数应在 1 到 500 之间，“600个工作日”不在此范围",
				"第5行 L列（完成时限）：与本措施第4行不一致（同一措施的各行只能追加责任单位）");
	}

	@Test
	void shouldReportADeadlineBeforeTheFeedbackDate() {
		PlanRejected e = rejected(plan()
			.row("1.1", A1, P1, "", "制定计划", "限期整改", "张伟", "党建办", "", "党建办", "", LocalDate.of(2025, 3, 9))
			.bytes());

		assertThat(e.problems()).singleElement()
			.satisfies(p -> assertThat(p.text()).isEqualTo("第2行 L列（完成时限）：完成时限 2025-03-09 早于反馈日期 2025-03-10"));
	}

	@Test
	void shouldReportUnknownUnitsAndLeaders() {
		PlanRejected e = rejected(plan()
			.row("1.1", A1, P1, "", "制定计划", "限期整改", "赵六", "宣传科", "办公室、后勤科", "实验中学、全体中学", "", "2025-06-30")
			.row("1.2", A1, P1, "", "建立档案", "限期整改", "王芳", "党建办", "", "党建办", "", "2025-06-30")
			.bytes());

		assertThat(e.problems()).extracting(PlanProblem::text).containsExactly(
				"第2行 G列（责任领导）：“赵六”不是系统中的分管领导",
				"第2行 H列（牵头单位）：单位“宣传科”不存在（牵头单位只填一个股室或学校的全称）",
				"第2行 I列（配合单位）：单位“后勤科”不存在（请填写系统中的单位全称）",
				"第2行 J列（责任单位）：单位“全体中学”不存在（请填写系统中的单位全称，或 全体学校、全体股室 等单位集合）",
				"第3行 G列（责任领导）：有2位分管领导都叫“王芳”，请改填登录名（wangf1、wangf2）");
	}

	@Test
	void shouldReportADuplicateCode() {
		PlanRejected e = rejected(plan()
			.row("1.1", A1, P1, "", "制定计划", "限期整改", "张伟", "党建办", "", "党建办", "", "2025-06-30")
			.row("1.2", A1, P1, "", "建立档案", "限期整改", "张伟", "党建办", "", "党建办", "", "2025-06-30")
			.row("1.1", A1, P2, "", "修订清单", "限期整改", "张伟", "党建办", "", "党建办", "", "2025-06-30")
			.bytes());

		assertThat(e.problems()).extracting(PlanProblem::text).containsExactly("第4行 A列（编号）：编号 1.1 与第2行重复");
	}

	@Test
	void shouldReportEveryProblemOfAFileAtOnce() {
		PlanRejected e = rejected(plan()
			.row("1.1", A1, P1, "", "制定计划", "限时整改", "张伟", "党建办", "", "党建办", "", "2025-06-31")
			.row("1.2", A1, P1, "", "", "限期整改", "张伟", "党建办", "", "党建办", "", "2025-06-30")
			.row("1.3", A1, P1, "", "建立档案", "限期整改", "张伟", "党建办", "", "科技股", "", "2024-12-31")
			.bytes());

		assertThat(e.getMessage()).isEqualTo("整改方案有 5 处问题，未导入任何内容。请改正后重新上传。");
		assertThat(e.problems()).extracting(PlanProblem::row, PlanProblem::column)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "F"), org.assertj.core.groups.Tuple.tuple(2, "L"),
					org.assertj.core.groups.Tuple.tuple(3, "E"), org.assertj.core.groups.Tuple.tuple(4, "J"),
					org.assertj.core.groups.Tuple.tuple(4, "L"));
	}

	@Test
	void shouldReportAMissingColumn() {
		PlanRejected e = rejected(plan()
			.headers(List.of("编号", "方面", "问题", "具体表现", "整改措施", "类型", "责任领导", "牵头单位", "配合单位", "责任单位", "责任人"))
			.row("1.1", A1, P1, "", "制定计划", "限期整改", "张伟", "党建办", "", "党建办", "")
			.bytes());

		assertThat(e.problems()).extracting(PlanProblem::text).containsExactly("第1行：缺少“完成时限”列（请使用模板的表头）");
	}

	@Test
	void shouldRefuseAWorkbookWithoutThePlanHeaders() {
		PlanRejected e = rejected(plan().headers(List.of("姓名", "电话")).row("张三", "123").bytes());

		assertThat(e.code()).isEqualTo("HEADER_NOT_FOUND");
	}

	@Test
	void shouldRefuseFilesThatAreNotXlsx() {
		assertThat(rejected("编号,整改措施\n1,措施".getBytes(StandardCharsets.UTF_8)).code()).isEqualTo("NOT_XLSX");
		byte[] oldExcel = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0 };
		PlanRejected xls = rejected(oldExcel);
		assertThat(xls.code()).isEqualTo("NOT_XLSX");
		assertThat(xls.getMessage()).contains(".xls");
	}

	@Test
	void shouldRefuseACorruptedWorkbook() {
		byte[] good = plan().row("1.1", A1, P1, "", "制定计划", "限期整改", "张伟", "党建办", "", "党建办", "", "2025-06-30").bytes();
		byte[] truncated = java.util.Arrays.copyOf(good, good.length / 2);

		assertThat(rejected(truncated).code()).isEqualTo("FILE_CORRUPTED");
	}

	@Test
	void shouldParseTheDatesPeopleWrite() {
		assertThat(PlanWorkbookReader.parseDate("2025-06-30")).isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(PlanWorkbookReader.parseDate("2025.6.3")).isEqualTo(LocalDate.of(2025, 6, 3));
		assertThat(PlanWorkbookReader.parseDate("2025年6月30日前")).isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(PlanWorkbookReader.parseDate("2025年2月底")).isEqualTo(LocalDate.of(2025, 2, 28));
		assertThat(PlanWorkbookReader.parseDate("2025年12月")).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(PlanWorkbookReader.parseDate("20250630")).isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(PlanWorkbookReader.parseDate("2025-02-30")).isNull();
		assertThat(PlanWorkbookReader.parseDate("长期")).isNull();
	}

}
