package org.rectification.security;

import java.lang.reflect.Field;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.cmd.GetUniqueTaskWorkerCountCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.ReportDbMetricsCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.metrics.MetricsQueryImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks at every command before the engine runs it, whichever door it came through (/engine-rest, the webapps'
 * /camunda/api, the app's own code): queries from outside carry no expression at any depth, stored filters only
 * the harmless ones, nobody resolves or delegates a task (the process never uses delegation, and resolving
 * would let a candidate write any variable), nobody ends a task with a BPMN error or escalation (the models
 * catch none, so the engine would end the item's process past review and sign-off), only administrators read
 * metrics, and models are deployed only by
 * the application itself.
 */
final class CommandGuard extends CommandInterceptor {

	/** Custom engine codes (Camunda leaves 20000 and above to applications); seen in REST bodies. */
	static final int EXPRESSION_REFUSED = 22_101;

	static final int PASSWORD_POLICY = 22_102;

	static final int FILTER_EXPRESSION_REFUSED = 22_103;

	static final int MAX_RESULTS = 22_104;

	static final String EXPRESSION_MESSAGE = "出于安全原因，查询条件中不允许使用表达式（${…}），请改用具体的值";

	static final String FILTER_EXPRESSION_MESSAGE = "过滤器只能使用 ${currentUser()}、${currentUserGroups()}、${now()} 和 ${dateTime()…} 表达式";

	static final String MAX_RESULTS_MESSAGE_FORMAT = "每次查询最多返回%d条，请分页查询（firstResult、maxResults）";

	static final String PASSWORD_MESSAGE = "密码不符合要求：至少" + BureauPasswordPolicy.MIN_LENGTH
			+ "个字符，不能包含用户名或姓名，不能是常见密码";

	private static final Field EXTENDING_QUERY = field(AbstractExecuteFilterCmd.class, "extendingQuery");

	private static final Field SAVED_FILTER = field(SaveFilterCmd.class, "filter");

	private static final Logger log = LoggerFactory.getLogger(CommandGuard.class);

	private final ProcessEngineConfigurationImpl configuration;

	CommandGuard(ProcessEngineConfigurationImpl configuration) {
		this.configuration = configuration;
	}

	@Override
	public <T> T execute(Command<T> command) {
		check(command);
		if (command instanceof SaveUserCmd) {
			try {
				return next.execute(command);
			}
			catch (ProcessEngineException e) {
				// The engine's own check says only this, in English, as a server error.
				if ("Password does not match policy".equals(e.getMessage())) {
					throw refused(PASSWORD_MESSAGE, PASSWORD_POLICY);
				}
				throw e;
			}
		}
		if (command instanceof AbstractQuery<?, ?> || command instanceof AbstractExecuteFilterCmd) {
			try {
				return next.execute(command);
			}
			catch (BadUserRequestException e) {
				// The engine's own words for a list longer than queryMaxResultsLimit, in English.
				String message = e.getMessage();
				if (message != null && (message.startsWith("An unbound number of results is forbidden")
						|| message.startsWith("Max results limit of"))) {
					log.info("Refused a list of more than {} rows: {}", configuration.getQueryMaxResultsLimit(),
							command.getClass().getSimpleName());
					throw refused(String.format(MAX_RESULTS_MESSAGE_FORMAT, configuration.getQueryMaxResultsLimit()),
							MAX_RESULTS);
				}
				throw e;
			}
		}
		return next.execute(command);
	}

	private void check(Command<?> command) {
		if (command instanceof AbstractQuery<?, ?> query && QueryExpressions.anyIn(query)) {
			throw refused(EXPRESSION_MESSAGE, EXPRESSION_REFUSED);
		}
		if (command instanceof AbstractExecuteFilterCmd filterCommand
				&& QueryExpressions.anyIn(read(EXTENDING_QUERY, filterCommand))) {
			throw refused(EXPRESSION_MESSAGE, EXPRESSION_REFUSED);
		}
		if (command instanceof SaveFilterCmd save && read(SAVED_FILTER, save) instanceof Filter filter
				&& QueryExpressions.forbiddenInFilter(filter.getQuery()) != null) {
			throw refused(FILTER_EXPRESSION_MESSAGE, FILTER_EXPRESSION_REFUSED);
		}
		if (command instanceof ResolveTaskCmd || command instanceof DelegateTaskCmd) {
			throw new AuthorizationException("本系统不使用任务委托：请在任务表单中办理并提交，不能委托或以“解决”方式写入变量");
		}
		if (command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
			throw new AuthorizationException("任务只能通过任务表单办理，不能以错误或升级事件结束");
		}
		Authentication authentication = configuration.getIdentityService().getCurrentAuthentication();
		if (authentication == null || authentication.getUserId() == null) {
			return;
		}
		if (command instanceof DeployCmd) {
			throw new AuthorizationException("流程和表单随系统发布部署，不能通过接口部署");
		}
		boolean metrics = command instanceof MetricsQueryImpl || command instanceof GetUniqueTaskWorkerCountCmd
				|| command instanceof ReportDbMetricsCmd;
		if (metrics && !isAdministrator(authentication)) {
			throw new AuthorizationException("只有系统管理员可以查看引擎运行指标");
		}
	}

	boolean isAdministrator(Authentication authentication) {
		return isAdministrator(configuration, authentication);
	}

	static boolean isAdministrator(ProcessEngineConfigurationImpl configuration, Authentication authentication) {
		List<String> adminUsers = configuration.getAdminUsers();
		if (adminUsers != null && adminUsers.contains(authentication.getUserId())) {
			return true;
		}
		List<String> groups = authentication.getGroupIds();
		List<String> adminGroups = configuration.getAdminGroups();
		return groups != null && adminGroups != null && groups.stream().anyMatch(adminGroups::contains);
	}

	static BadUserRequestException refused(String message, int code) {
		BadUserRequestException refused = new BadUserRequestException(message);
		refused.setCode(code);
		return refused;
	}

	private static Object read(Field field, Object target) {
		try {
			return field.get(target);
		}
		catch (IllegalAccessException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Fails the start, rather than leaving a door open, if the engine's internals are not as this guard knows them. */
	private static Field field(Class<?> type, String name) {
		try {
			Field field = type.getDeclaredField(name);
			field.setAccessible(true);
			return field;
		}
		catch (NoSuchFieldException e) {
			throw new IllegalStateException("Camunda " + type.getName() + " has no field " + name
					+ ": the command guard does not know this engine version", e);
		}
	}

}
