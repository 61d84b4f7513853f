package org.rectification.notification;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The channels this node has switched on; none unless configured. */
@Component
class EnabledChannels {

	private final Map<String, NotificationChannel> byName = new LinkedHashMap<>();

	EnabledChannels(ObjectProvider<NotificationChannel> channels) {
		channels.orderedStream().forEach(channel -> {
			if (byName.putIfAbsent(channel.name(), channel) != null) {
				throw new IllegalStateException("Two notification channels are named " + channel.name());
			}
		});
	}

	Set<String> names() {
		return byName.keySet();
	}

	boolean none() {
		return byName.isEmpty();
	}

	Optional<NotificationChannel> get(String name) {
		return Optional.ofNullable(byName.get(name));
	}

}
