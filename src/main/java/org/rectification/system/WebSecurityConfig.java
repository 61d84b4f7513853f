package org.rectification.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Nothing but the login pages is anonymous: /engine-rest and /api/** authenticate every call. */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfig {

	/** Before the authentication filters (orders 1 to 3) and Camunda's webapp filters, so every answer has them. */
	@Bean
	FilterRegistrationBean<SecurityHeaders> securityHeaders(CamundaBpmProperties camunda) {
		String csrfCookie = camunda.getWebapp().getCsrf().getCookieName();
		FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders(
				camunda.getWebapp().getApplicationPath(),
				csrfCookie == null || csrfCookie.isBlank() ? CsrfConstants.CSRF_TOKEN_DEFAULT_COOKIE_NAME : csrfCookie));
		registration.setName("security-headers");
		registration.addUrlPatterns("/*");
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
		registration.setOrder(0);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
		FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ProcessEngineAuthenticationFilter());
		registration.setName("engine-rest-authentication");
		registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
				HttpBasicAuthenticationProvider.class.getName());
		registration.addUrlPatterns("/engine-rest/*");
		registration.setOrder(1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(IdentityService identityService,
			ObjectMapper objectMapper) {
		FilterRegistrationBean<ApiAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ApiAuthenticationFilter(identityService, objectMapper));
		registration.setName("api-authentication");
		registration.addUrlPatterns("/api/*");
		registration.setOrder(2);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RuleViolationMessages> ruleViolationMessages(ObjectMapper objectMapper) {
		FilterRegistrationBean<RuleViolationMessages> registration = new FilterRegistrationBean<>(
				new RuleViolationMessages(objectMapper));
		registration.setName("rule-violation-messages");
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
		registration.setOrder(3);
		return registration;
	}

}
