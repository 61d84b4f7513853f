package org.rectification.notification;

import org.rectification.support.PostgresTest;

@PostgresTest
class NotificationDeliveryPostgresTest extends NotificationDeliveryScenarios {
}
