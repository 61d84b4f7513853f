/**
 * Hardening of the frozen Camunda 7 engine at its own extension points: expressions in queries, identity
 * (login throttling, password policy, self-service limits), commands nobody may run, and engine settings.
 */
package org.rectification.security;
