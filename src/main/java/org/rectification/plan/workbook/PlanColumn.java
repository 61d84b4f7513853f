package org.rectification.plan.workbook;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The columns of the plan workbook, by their Chinese headers (docs/plan-workbook.md). */
public enum PlanColumn {

	CODE("编号", "措施的唯一编号，如 1.2.1；再次导入时按编号对应，不会重复"),
	ASPECT("方面", "反馈意见的方面；留空或合并单元格表示同上"),
	PROBLEM("问题", "反馈的问题；留空或合并单元格表示同上"),
	MANIFESTATION("具体表现", "问题的具体表现；同一问题下留空表示同上，新问题下留空表示措施针对问题整体"),
	MEASURE("整改措施", "措施内容；编号和措施都留空的行是上一条措施的续行（追加责任单位）"),
	TYPE("类型", "立行立改、限期整改 或 长期坚持"),
	LEADER("责任领导", "分管领导的姓名（须为系统中的分管领导）"),
	LEAD_UNIT("牵头单位", "一个股室或学校的名称"),
	COOPERATING_UNITS("配合单位", "可填多个，用顿号分隔"),
	RESPONSIBLE_UNITS("责任单位", "需要落实整改的单位，可填多个（顿号分隔），或 全体学校、全体股室 等单位集合；每个单位各收到一项整改任务"),
	RESPONSIBLE_PERSON("责任人", "责任人姓名"),
	DEADLINE("完成时限", "日期，如 2025-06-30、2025年6月30日 或 2025年6月底；或自任务下达之日起的工作日数，如 30个工作日"),
	REQUIRED_EVIDENCE("佐证材料要求", "选填：责任单位必须提供的材料类别，可填多个（顿号分隔）：制度文件、会议纪要、照片、台账或截图、其他；每类至少上传一个文件才能提交"),
	PUBLIC_REPORT("是否公开", "选填：填“否”的措施不写入对外公开的整改进展情况通报（内部版照常写入）；留空或“是”表示公开"),
	MILESTONES("阶段性目标", "选填，仅限长期坚持的措施：完成时限之后的各阶段，每行一条，写成“日期 目标”或“日期：目标”，如 2027-06-30 建立长效机制、2027年12月底前：完成回头看；日期依次推后且晚于完成时限，最多12条"),
	LOOK_BACK_MONTHS("回头看（月）", "选填：最终销号后几个月开展回头看，1 到 36 的整数；留空按该类型措施的默认月数");

	private final String header;

	private final String help;

	PlanColumn(String header, String help) {
		this.header = header;
		this.help = help;
	}

	public String header() {
		return header;
	}

	public String help() {
		return help;
	}

	private static final List<List<String>> ALIASES = List.of(List.of(), List.of("反馈方面", "问题方面"),
			List.of("反馈问题", "存在问题"), List.of("问题表现"), List.of(), List.of("整改类型", "措施类型"), List.of("分管领导"),
			List.of("牵头股室"), List.of("配合股室"), List.of(), List.of(), List.of("完成时间", "整改时限"),
			List.of("材料要求"), List.of("公开", "是否对外公开"), List.of("阶段目标"), List.of("回头看月数"));

	/** A workbook without this column is still a plan (older templates). */
	boolean optional() {
		return this == REQUIRED_EVIDENCE || this == PUBLIC_REPORT || this == MILESTONES || this == LOOK_BACK_MONTHS;
	}

	/** The column a header cell names, ignoring spaces, a trailing note in brackets and a required-mark. */
	static Optional<PlanColumn> ofHeader(String text) {
		String normal = normalize(text);
		return Arrays.stream(values())
			.filter(c -> normalize(c.header).equals(normal) || ALIASES.get(c.ordinal()).contains(normal))
			.findFirst();
	}

	static String normalize(String text) {
		String s = text == null ? "" : text.replaceAll("\\s+", "");
		int bracket = indexOfAny(s, '（', '(');
		if (bracket > 0) {
			s = s.substring(0, bracket);
		}
		return s.replace("*", "").replace("＊", "");
	}

	private static int indexOfAny(String s, char... chars) {
		int best = -1;
		for (char c : chars) {
			int i = s.indexOf(c);
			if (i >= 0 && (best < 0 || i < best)) {
				best = i;
			}
		}
		return best;
	}

}
