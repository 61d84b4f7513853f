package org.rectification.access;

import java.io.InputStream;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.HistoricTaskInstanceQueryImpl;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Event;
import org.springframework.stereotype.Component;

/**
 * Camunda checks no authorization on a task's comments and attachments, and its REST API asks whether the caller
 * sees the task only for some calls: whoever knew the ids could read a comment or an attachment of another unit's
 * task, or delete the attachment. Every task-scoped call now asks what the REST API asks for the lists: that the
 * caller sees the task in its history. Calls without a user (the app itself) pass, as in the engine.
 */
@Component
class TaskNotesAuthorization extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setTaskService(new TaskServiceOfVisibleTasks());
	}

	static final class TaskServiceOfVisibleTasks extends TaskServiceImpl {

		private void requireVisible(String taskId) {
			if (taskId == null) {
				return;
			}
			commandExecutor.execute(context -> {
				String userId = context.getAuthenticatedUserId();
				HistoricTaskInstanceQueryImpl query = new HistoricTaskInstanceQueryImpl();
				query.taskId(taskId);
				if (userId != null && context.isAuthorizationCheckEnabled() && query.executeCount(context) == 0) {
					throw new AuthorizationException(userId, "READ", "Task", taskId);
				}
				return null;
			});
		}

		@Override
		public void addComment(String taskId, String processInstance, String message) {
			requireVisible(taskId);
			super.addComment(taskId, processInstance, message);
		}

		@Override
		public Comment createComment(String taskId, String processInstance, String message) {
			requireVisible(taskId);
			return super.createComment(taskId, processInstance, message);
		}

		@Override
		public void deleteTaskComment(String taskId, String commentId) {
			requireVisible(taskId);
			super.deleteTaskComment(taskId, commentId);
		}

		@Override
		public void deleteTaskComments(String taskId) {
			requireVisible(taskId);
			super.deleteTaskComments(taskId);
		}

		@Override
		public void updateTaskComment(String taskId, String commentId, String message) {
			requireVisible(taskId);
			super.updateTaskComment(taskId, commentId, message);
		}

		@Override
		public List<Comment> getTaskComments(String taskId) {
			requireVisible(taskId);
			return super.getTaskComments(taskId);
		}

		@Override
		public Comment getTaskComment(String taskId, String commentId) {
			requireVisible(taskId);
			return super.getTaskComment(taskId, commentId);
		}

		@Override
		public List<Event> getTaskEvents(String taskId) {
			requireVisible(taskId);
			return super.getTaskEvents(taskId);
		}

		@Override
		public Attachment createAttachment(String attachmentType, String taskId, String processInstanceId,
				String attachmentName, String attachmentDescription, InputStream content) {
			requireVisible(taskId);
			return super.createAttachment(attachmentType, taskId, processInstanceId, attachmentName, attachmentDescription,
					content);
		}

		@Override
		public Attachment createAttachment(String attachmentType, String taskId, String processInstanceId,
				String attachmentName, String attachmentDescription, String url) {
			requireVisible(taskId);
			return super.createAttachment(attachmentType, taskId, processInstanceId, attachmentName, attachmentDescription,
					url);
		}

		@Override
		public InputStream getTaskAttachmentContent(String taskId, String attachmentId) {
			requireVisible(taskId);
			return super.getTaskAttachmentContent(taskId, attachmentId);
		}

		@Override
		public void deleteTaskAttachment(String taskId, String attachmentId) {
			requireVisible(taskId);
			super.deleteTaskAttachment(taskId, attachmentId);
		}

		@Override
		public Attachment getTaskAttachment(String taskId, String attachmentId) {
			requireVisible(taskId);
			return super.getTaskAttachment(taskId, attachmentId);
		}

		@Override
		public List<Attachment> getTaskAttachments(String taskId) {
			requireVisible(taskId);
			return super.getTaskAttachments(taskId);
		}

	}

}
