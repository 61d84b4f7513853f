package org.rectification.notification;

/** The group-chat robots understood; each has its own message shape and length limit. */
enum WebhookFormat {

	/** 钉钉自定义机器人. */
	DINGTALK,

	/** 企业微信群机器人. */
	WECOM

}
