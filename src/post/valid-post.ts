import type { PostFrontMatter } from "../generated/post.js";
import type { ParsedPost } from "./parsed-post.js";

/** A post whose front-matter passed the schema and whose client exists. */
export interface ValidPost extends ParsedPost {
  data: PostFrontMatter;
}
