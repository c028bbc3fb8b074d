package dev.fixer.core.agent;

import dev.fixer.core.message.Message;
import dev.fixer.core.message.ToolMessage;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The append-only history of a run, and the view of it that is sent to the model: the same messages,
 * except that tool outputs marked elided are replaced by a short note. Elision only ever grows, and
 * the note depends only on the original, so the prompt's prefix stays stable between elisions.
 */
final class Conversation {

  private final List<Message> messages = new ArrayList<>();
  private final BitSet elided = new BitSet();
  private long viewChars;

  int append(Message message) {
    messages.add(message);
    viewChars += message.size();
    return messages.size() - 1;
  }

  int size() {
    return messages.size();
  }

  Message get(int index) {
    return messages.get(index);
  }

  /** The messages as the model gets them. */
  List<Message> view() {
    if (elided.isEmpty()) {
      return List.copyOf(messages);
    }
    List<Message> view = new ArrayList<>(messages.size());
    for (int i = 0; i < messages.size(); i++) {
      Message message = messages.get(i);
      view.add(elided.get(i) ? ((ToolMessage) message).withContent(note(message)) : message);
    }
    return view;
  }

  /** Characters in {@link #view()}. */
  long viewChars() {
    return viewChars;
  }

  int elidedCount() {
    return elided.cardinality();
  }

  /** Marks the tool output at {@code index} as elided; does nothing if it already is. */
  void elide(int index) {
    Message message = messages.get(index);
    if (!(message instanceof ToolMessage)) {
      throw new IllegalArgumentException("only tool outputs can be elided; message " + index + " is not one");
    }
    if (!elided.get(index)) {
      elided.set(index);
      viewChars -= message.size() - note(message).length();
    }
  }

  /** Tool outputs that may still be elided, oldest first, leaving out the newest {@code keepRecent}. */
  List<Integer> elidable(int keepRecent) {
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      if (messages.get(i) instanceof ToolMessage && !elided.get(i)) {
        candidates.add(i);
      }
    }
    return candidates.subList(0, Math.max(0, candidates.size() - keepRecent));
  }

  private static String note(Message message) {
    return "[output elided to save context: it was " + message.size()
        + " characters; run the tool again if you need it]";
  }
}
