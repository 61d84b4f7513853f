package org.rectification.orgchart;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param file the org file to load at every start (a Spring resource location)
 * @param initialPassword the password of users the file creates; blank gives each a random one
 */
@ConfigurationProperties("rectification.org")
record OrgChartProperties(String file, String initialPassword) {
}
