import type { RefObject } from "react";
import { useEffect } from "react";
import { heightMessage } from "../model/embed.ts";

/**
 * Posts the height `ref`'s element needs to the page that frames this one, each time it changes
 * and each time the shown event changes, as the documented message (heightMessage). Nothing is
 * posted when the page is not in a frame. The target origin is `"*"`: a static embed cannot know
 * its host's origin, which is why the message carries only its height and the event's id.
 */
export function usePostHeight(ref: RefObject<HTMLElement | null>, event: string | null): void {
  useEffect(() => {
    const element = ref.current;
    if (!element || window.parent === window) return;
    let posted = -1;
    const post = () => {
      const message = heightMessage(element.getBoundingClientRect().height, event);
      if (message.height === posted) return;
      posted = message.height;
      window.parent.postMessage(message, "*");
    };
    post();
    const observer = new ResizeObserver(post);
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [ref, event]);
}
