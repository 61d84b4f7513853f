package org.rectification.security;

import java.util.Objects;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * The engine's own user store with two changes, so they hold on every door that checks a password or edits a
 * user: failed logins are throttled per account and source address ({@link LoginThrottle}) instead of locking the
 * account for everyone, and a user who is not an administrator may change only their own password, never their
 * name, email or id, and may not delete themselves (Camunda grants every user ALL on their own account).
 */
class ThrottledIdentityProvider extends DbIdentityServiceProvider {

	static final String SELF_SERVICE_MESSAGE = "只有系统管理员可以修改或删除用户；您只能修改自己的密码";

	private final LoginThrottle throttle;

	ThrottledIdentityProvider(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean isUserLocked(UserEntity user) {
		return throttle.isWaiting(user.getId());
	}

	@Override
	protected void lockUser(UserEntity user) {
		throttle.failed(user.getId());
	}

	@Override
	protected IdentityOperationResult unlockUser(UserEntity user) {
		throttle.succeeded(user.getId());
		return super.unlockUser(user);
	}

	@Override
	public IdentityOperationResult unlockUser(String userId) {
		IdentityOperationResult result = super.unlockUser(userId);
		throttle.clear(userId);
		return result;
	}

	@Override
	public IdentityOperationResult saveUser(User user) {
		if (isNonAdministrator() && user instanceof UserEntity entity && entity.getRevision() > 0) {
			UserEntity stored = findUserById(user.getId());
			if (stored == null || stored == user || !Objects.equals(stored.getFirstName(), user.getFirstName())
					|| !Objects.equals(stored.getLastName(), user.getLastName())
					|| !Objects.equals(stored.getEmail(), user.getEmail())) {
				throw new AuthorizationException(SELF_SERVICE_MESSAGE);
			}
		}
		return super.saveUser(user);
	}

	@Override
	public IdentityOperationResult deleteUser(String userId) {
		if (isNonAdministrator()) {
			throw new AuthorizationException(SELF_SERVICE_MESSAGE);
		}
		return super.deleteUser(userId);
	}

	private static boolean isNonAdministrator() {
		CommandContext context = Context.getCommandContext();
		Authentication authentication = context.getAuthentication();
		return authentication != null && authentication.getUserId() != null
				&& !context.getAuthorizationManager().isCamundaAdmin(authentication);
	}

	/** Opens one provider per command, as the engine's own factory does. */
	static final class Factory implements SessionFactory {

		private final LoginThrottle throttle;

		Factory(LoginThrottle throttle) {
			this.throttle = throttle;
		}

		@Override
		public Class<?> getSessionType() {
			return ThrottledIdentityProvider.class;
		}

		@Override
		public Session openSession() {
			return new ThrottledIdentityProvider(throttle);
		}

	}

}
