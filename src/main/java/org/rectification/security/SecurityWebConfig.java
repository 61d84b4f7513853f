package org.rectification.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SecurityWebConfig {

	@Bean
	FilterRegistrationBean<RefusalMessages> refusalMessages(ObjectMapper objectMapper, SecurityProperties properties) {
		FilterRegistrationBean<RefusalMessages> registration = new FilterRegistrationBean<>(
				new RefusalMessages(objectMapper, properties.queryMaxResults()));
		registration.setName("security-refusal-messages");
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*", "/camunda/api/cockpit/*", "/camunda/api/tasklist/*");
		registration.setOrder(4);
		return registration;
	}

}
