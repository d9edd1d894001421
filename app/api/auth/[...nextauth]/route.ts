export { authHandler as GET, authPostHandler as POST } from "@/lib/sign-in/route";
