package org.rectification.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Email over SMTP to the recipients' addresses in the Camunda identity. */
@Component
@ConditionalOnProperty(prefix = "rectification.notify.mail", name = "enabled", havingValue = "true")
class MailChannel implements NotificationChannel {

	static final String NAME = "mail";

	private static final Logger log = LoggerFactory.getLogger(MailChannel.class);

	private static final String FOOTER = "\n\n——\n此邮件由巡察整改系统自动发送，请登录系统办理，勿直接回复。";

	private final JavaMailSender mailSender;

	private final InternetAddress from;

	private final Recipients recipients;

	MailChannel(ObjectProvider<JavaMailSender> mailSender, NotificationProperties properties, Recipients recipients) {
		this.mailSender = mailSender.getIfAvailable();
		if (this.mailSender == null) {
			throw new IllegalStateException("rectification.notify.mail.enabled needs an SMTP server: set spring.mail.host");
		}
		this.from = sender(properties.mail().from());
		this.recipients = recipients;
		if (this.mailSender instanceof JavaMailSenderImpl impl) {
			// Jakarta Mail waits forever by default; a send must end well within the claim lease.
			Properties smtp = impl.getJavaMailProperties();
			smtp.putIfAbsent("mail.smtp.connectiontimeout", "10000");
			smtp.putIfAbsent("mail.smtp.timeout", "30000");
			smtp.putIfAbsent("mail.smtp.writetimeout", "30000");
		}
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String send(Notification notification) throws Exception {
		Map<String, User> users = recipients.users(notification.recipientUserIds());
		List<InternetAddress> to = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		for (String id : notification.recipientUserIds()) {
			User user = users.get(id);
			InternetAddress address = user == null ? null : address(user);
			if (address == null) {
				skipped.add(id);
			}
			else {
				to.add(address);
			}
		}
		if (!skipped.isEmpty()) {
			log.info("Notification {}: no usable email address for {}", notification.idempotencyKey(), skipped);
		}
		if (to.isEmpty()) {
			// Retrying cannot help until someone fills in an address; the delivery is done, with a note.
			return "无可用邮箱，未发送邮件：" + String.join(",", skipped);
		}
		MimeMessage message = mailSender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
		helper.setFrom(from);
		helper.setTo(to.toArray(InternetAddress[]::new));
		helper.setSubject(notification.subject());
		helper.setText(notification.body() + FOOTER, false);
		// The same notification always has the same Message-ID, so a copy sent again after a crash can be
		// recognised (and dropped) by the receiving side. JavaMailSenderImpl keeps an id set beforehand.
		message.setHeader("Message-ID", messageId(notification.idempotencyKey()));
		mailSender.send(message);
		return skipped.isEmpty() ? null : "无可用邮箱，已跳过：" + String.join(",", skipped);
	}

	String messageId(String idempotencyKey) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
			String address = from.getAddress();
			return "<" + HexFormat.of().formatHex(hash, 0, 20) + ".notification" + address.substring(address.indexOf('@'))
					+ ">";
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static InternetAddress address(User user) {
		String email = user.getEmail();
		if (email == null || email.isBlank()) {
			return null;
		}
		try {
			InternetAddress address = new InternetAddress(email.strip(), true);
			address.setPersonal(Recipients.displayName(user), StandardCharsets.UTF_8.name());
			return address;
		}
		catch (AddressException | java.io.UnsupportedEncodingException e) {
			return null;
		}
	}

	private static InternetAddress sender(String from) {
		if (from == null || from.isBlank()) {
			throw new IllegalStateException("rectification.notify.mail.from is required when mail is enabled");
		}
		try {
			InternetAddress address = new InternetAddress(from.strip(), true);
			if (address.getAddress().indexOf('@') < 1) {
				throw new AddressException("no domain", from);
			}
			return address;
		}
		catch (AddressException e) {
			throw new IllegalStateException("rectification.notify.mail.from is no email address: " + from, e);
		}
	}

}
